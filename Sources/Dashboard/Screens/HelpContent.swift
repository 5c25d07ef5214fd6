import Widgets

/// The `?` overlay: every key from `KeyBindings`, plus how the mouse works.
struct HelpContent: StatefulPane {
    /// False inside tmux without `set-clipboard on`: the help says why `c` cannot reach the desktop.
    var clipboardReachesDesktop: Bool? = nil

    func render(in screen: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        let text = context.text
        var entries = KeyBindings.all.map { KeyHint($0.label, text($0.descriptionKey)) }
        entries.append(KeyHint(text(DashText.helpMouseKey), text(DashText.helpMouse)))
        entries.append(KeyHint(text(DashText.helpCopyKey), text(DashText.helpCopy)))
        if clipboardReachesDesktop == false {
            entries.append(KeyHint(text(DashText.helpClipboardOffKey), text(DashText.helpClipboardOff)))
        }
        HelpOverlay(
            title: text(DashText.helpTitle), entries: entries, footnote: text(DashText.helpFootnote),
            theme: context.theme
        )
        .render(in: screen, buffer: &buffer)
    }
}
