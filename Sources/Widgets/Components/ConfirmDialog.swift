/// A yes/no question over the screen, with the focused button highlighted
/// (Left/Right/Tab move focus, Enter answers, Esc cancels: the caller maps the keys).
public struct ConfirmDialog: Widget {
    public var title: String
    public var message: String
    public var confirmLabel: String
    public var cancelLabel: String
    public var confirmFocused: Bool
    public var theme: Theme

    public init(
        title: String, message: String, confirmLabel: String, cancelLabel: String, confirmFocused: Bool = false,
        theme: Theme = .default
    ) {
        self.title = title
        self.message = message
        self.confirmLabel = confirmLabel
        self.cancelLabel = cancelLabel
        self.confirmFocused = confirmFocused
        self.theme = theme
    }

    private var buttons: Line {
        let active = theme[.buttonActive]
        let inactive = theme[.button]
        return Line(
            spans: [
                Span("[ \(confirmLabel) ]", style: confirmFocused ? active : inactive),
                Span("   "),
                Span("[ \(cancelLabel) ]", style: confirmFocused ? inactive : active),
            ], alignment: .center)
    }

    public func area(in screen: Rect) -> Rect {
        // As wide as the message wants, up to 60 columns, and never narrower than the buttons.
        let width = max(min(DisplayWidth.of(message) + 4, 60), buttons.width + 6, DisplayWidth.of(title) + 6)
        let messageLines = TextWrapper.wrap(Line(message), width: max(1, min(width, screen.width - 2) - 4)).count
        return Modal.area(width: width, height: messageLines + 4, in: screen)
    }

    /// Draws centred in `screen`.
    public func render(in screen: Rect, buffer: inout ScreenBuffer) {
        let area = area(in: screen.intersection(buffer.area))
        guard !area.isEmpty else { return }
        let modal = Modal(title: title, theme: theme)
        modal.render(in: area, buffer: &buffer)
        let inner = modal.inner(area)
        guard inner.height >= 1 else { return }
        let messageArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - 2))
        Paragraph(lines: [Line(message, alignment: .center)], style: modal.style).render(
            in: messageArea, buffer: &buffer)
        buffer.write(buttons, x: inner.x, y: inner.bottom - 1, maxWidth: inner.width, style: modal.style)
    }
}
