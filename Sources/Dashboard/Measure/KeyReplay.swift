import Foundation
import Widgets

/// Replays a key script against a controller and times each key: the handler, any data it
/// needs, and the frame. With an inline data source this is the full cost of a key press.
public enum KeyReplay {
    /// Splits "j j Enter Esc" into keys; unknown names are skipped and returned.
    public static func parse(_ script: String) -> (keys: [(name: String, key: DashboardKey)], unknown: [String]) {
        var keys: [(String, DashboardKey)] = []
        var unknown: [String] = []
        for name in script.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init) {
            if let key = DashboardKey(scriptName: name) { keys.append((name, key)) } else { unknown.append(name) }
        }
        return (keys, unknown)
    }

    /// Draws once (the dashboard as it opens), then times every key of `keys`.
    public static func measure(_ controller: DashboardController, keys: [(name: String, key: DashboardKey)], columns: Int, rows: Int) -> KeyLatencyReport {
        var buffer = ScreenBuffer(width: columns, height: rows)
        controller.render(into: &buffer)
        var samples: [(String, Double)] = []
        let clock = ContinuousClock()
        for (name, key) in keys {
            let started = clock.now
            let response = controller.handle(.key(key))
            if response != .ignored {
                buffer = ScreenBuffer(width: columns, height: rows)
                controller.render(into: &buffer)
            }
            let elapsed = clock.now - started
            samples.append((name, Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15))
            if response == .quit { break }
        }
        return KeyLatencyReport(samples: samples)
    }

    /// Applies keys without timing (snapshots of a screen reached by keys, tests).
    public static func apply(_ controller: DashboardController, keys: [DashboardKey], columns: Int, rows: Int) {
        var buffer = ScreenBuffer(width: columns, height: rows)
        controller.render(into: &buffer)
        for key in keys {
            _ = controller.handle(.key(key))
            controller.render(into: &buffer)
        }
    }
}
