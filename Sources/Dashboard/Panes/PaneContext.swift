import Foundation
import Widgets
import XuexiCore

/// What every pane draws with: the theme, the language, the thresholds and the clock.
struct PaneContext {
    var theme: Theme
    var text: DashboardText
    var configuration: AppConfiguration
    var now: Date
    var timeZone: TimeZone

    var glyphs: Glyphs { theme.glyphs }

    /// Bar colours of SPEC §8: below the floor bad, below the target warning, else good.
    var activityThresholds: GaugeThresholds {
        // Gauge counts a value on the line as the worse level; the spec says "below", so nudge.
        GaugeThresholds(warning: configuration.activityTarget - 1e-9, bad: configuration.activityFloor - 1e-9)
    }

    func activityStyle(_ rate: Double?) -> Style {
        guard let rate else { return theme[.textDim] }
        if rate < configuration.activityFloor { return theme[.barBad] }
        if rate < configuration.activityTarget { return theme[.barWarn] }
        return theme[.barGood]
    }

    /// A pane's frame: focus colour on the focused pane.
    func block(title: String, trailing: String? = nil, focused: Bool) -> Block {
        Block(title: title, trailingTitle: trailing, focused: focused, theme: theme)
    }

    /// "加载中…" or "无数据" centred in `area`, so an empty pane always says which it is.
    func drawNotice(_ message: String, in area: Rect, buffer: inout ScreenBuffer, style: Style? = nil) {
        guard !area.isEmpty else { return }
        let y = area.y + max(0, (area.height - 1) / 2)
        buffer.write(
            Line(message, alignment: .center), x: area.x, y: y, maxWidth: area.width, style: style ?? theme[.textDim])
    }

    func drawLoadNotice<Value>(_ state: LoadState<Value>, in area: Rect, buffer: inout ScreenBuffer) {
        switch state {
        case .loading: drawNotice(text(DashText.loading), in: area, buffer: &buffer)
        case .failed(let error):
            let message = ErrorMessage.text(for: error, language: self.text.language)
            drawNotice(text(DashText.failed, message), in: area, buffer: &buffer, style: theme[.alertWarning])
        case .loaded: break
        }
    }
}
