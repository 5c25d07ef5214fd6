import Widgets

/// The `?` overlay: every key from `KeyBindings`, plus how the mouse works.
struct HelpContent: StatefulPane {
    func render(in screen: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        let text = context.text
        var entries = KeyBindings.all.map { KeyHint($0.label, text($0.descriptionKey)) }
        entries.append(KeyHint(text("dash.help.mouseKey"), text("dash.help.mouse")))
        entries.append(KeyHint(text("dash.help.copyKey"), text("dash.help.copy")))
        HelpOverlay(title: text("dash.help.title"), entries: entries, footnote: text("dash.help.footnote"), theme: context.theme)
            .render(in: screen, buffer: &buffer)
    }
}
