import Foundation
import Widgets

/// Replays a key script against a controller and times each key: the handler, any data it
/// needs, and the frame. With an inline data source this is the full cost of a key press.
public enum KeyReplay {
    /// Splits "j j Enter Esc" into keys; unknown names are skipped and returned.
    public static func parse(_ script: String) -> (keys: [(name: String, key: Key)], unknown: [String]) {
        var keys: [(String, Key)] = []
        var unknown: [String] = []
        for name in script.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init) {
            if let key = Key(scriptName: name) { keys.append((name, key)) } else { unknown.append(name) }
        }
        return (keys, unknown)
    }

    /// Draws once (the dashboard as it opens), then times every key of `keys`.
    public static func measure(
        _ controller: DashboardController, keys: [(name: String, key: Key)], columns: Int, rows: Int
    ) -> KeyLatencyReport {
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
            samples.append(
                (name, Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15))
            if response == .quit { break }
        }
        return KeyLatencyReport(samples: samples)
    }

    /// Times keys as the live loop runs them, with background loads: the frame the user sees
    /// (handler, frame, up to `settleMilliseconds` for quick loads, frame again) and the moment
    /// every pane has its data (`complete`), which for a slow query comes after the frame.
    public static func measureLive(
        _ controller: DashboardController, keys: [(name: String, key: Key)], columns: Int, rows: Int,
        settleMilliseconds: Int = 40
    ) -> (frame: KeyLatencyReport, complete: KeyLatencyReport) {
        _ = controller.render(columns: columns, rows: rows)
        while controller.hasPendingWork {
            _ = controller.settle(milliseconds: 10_000)
            _ = controller.render(columns: columns, rows: rows)
        }
        var frames: [(String, Double)] = []
        var completions: [(String, Double)] = []
        let clock = ContinuousClock()
        func milliseconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        }
        for (name, key) in keys {
            let started = clock.now
            let response = controller.handle(.key(key))
            if response != .ignored {
                _ = controller.render(columns: columns, rows: rows)
                if controller.settle(milliseconds: settleMilliseconds) {
                    _ = controller.render(columns: columns, rows: rows)
                }
            }
            frames.append((name, milliseconds(clock.now - started)))
            // The loop redraws as results arrive; the last of them completes the screen.
            while controller.hasPendingWork {
                _ = controller.settle(milliseconds: 10_000)
                _ = controller.render(columns: columns, rows: rows)
            }
            completions.append((name, milliseconds(clock.now - started)))
            if response == .quit { break }
        }
        return (KeyLatencyReport(samples: frames), KeyLatencyReport(samples: completions))
    }

    /// Applies keys without timing (snapshots of a screen reached by keys, tests).
    public static func apply(_ controller: DashboardController, keys: [Key], columns: Int, rows: Int) {
        var buffer = ScreenBuffer(width: columns, height: rows)
        controller.render(into: &buffer)
        for key in keys {
            _ = controller.handle(.key(key))
            controller.render(into: &buffer)
        }
    }
}
