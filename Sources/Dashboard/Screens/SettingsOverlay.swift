import Widgets
import XuexiCore

/// F2: the settings in use and the keys that change them (theme, language, mouse); where the
/// store and config files are. The config file itself is never written.
struct SettingsOverlay: StatefulPane {
    var themeName: String
    var mouseEnabled: Bool
    var storePath: String?
    var configPath: String?
    var colorDescription: String

    func render(in screen: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        let text = context.text
        let configuration = context.configuration
        let rows: [(String, String)] = [
            (text(DashText.settingsTheme), themeName + "   (t)"),
            (text(DashText.settingsLanguage), text(DashText.settingsLanguageValue) + "   (L)"),
            (text(DashText.settingsMouse), text(mouseEnabled ? DashText.settingsOn : DashText.settingsOff) + "   (M)"),
            (text(DashText.settingsColors), colorDescription.isEmpty ? MetricFormat.missing : colorDescription),
            (
                text(DashText.settingsRefresh),
                text(DashText.settingsSeconds, MetricFormat.decimal(configuration.refreshSeconds))
            ),
            (
                text(DashText.settingsThresholds),
                "\(MetricFormat.percent(configuration.activityFloor, digits: 0)) / \(MetricFormat.percent(configuration.activityTarget, digits: 0))"
            ),
            (text(DashText.settingsStore), storePath ?? text(DashText.settingsMemory)),
            (text(DashText.settingsConfig), configPath ?? text(DashText.settingsDefaults)),
        ]
        let labelWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 8
        let valueWidth = rows.map { DisplayWidth.of($0.1) }.max() ?? 20
        let footnoteWidth = DisplayWidth.of(text(DashText.settingsFootnote))
        let area = DialogPlacement.area(
            width: max(labelWidth + valueWidth + 7, footnoteWidth + 6), height: rows.count + 4, in: screen)
        let modal = Modal(title: text(DashText.settingsTitle), theme: context.theme)
        modal.render(in: area, buffer: &buffer)
        let inner = modal.inner(area)
        for (index, row) in rows.enumerated() where inner.y + index < inner.bottom - 1 {
            let y = inner.y + index
            buffer.write(
                row.0, x: inner.x, y: y, maxWidth: labelWidth, style: modal.style.patched(with: context.theme[.textDim])
            )
            buffer.write(
                row.1, x: inner.x + labelWidth + 2, y: y, maxWidth: inner.width - labelWidth - 2, style: modal.style)
        }
        buffer.write(
            Line(text(DashText.settingsFootnote), style: context.theme[.textDim], alignment: .center), x: inner.x,
            y: inner.bottom - 1, maxWidth: inner.width, style: modal.style)
    }
}
