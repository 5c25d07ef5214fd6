import Widgets

/// The `?` overlay: every key from `KeyBindings`, plus how the mouse works.
struct HelpContent: StatefulPane {
    func render(in screen: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        let text = context.text
        var entries = KeyBindings.all.map { KeyHint($0.label, text($0.descriptionKey)) }
        entries.append(KeyHint(text(DashText.helpMouseKey), text(DashText.helpMouse)))
        entries.append(KeyHint(text(DashText.helpCopyKey), text(DashText.helpCopy)))
        HelpOverlay(
            title: text(DashText.helpTitle), entries: entries, footnote: text(DashText.helpFootnote),
            theme: context.theme
        )
        .render(in: screen, buffer: &buffer)
    }
}
