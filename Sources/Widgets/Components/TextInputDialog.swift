/// A prompt with a text field over the screen (search, rename); the caller feeds keys to
/// its `TextInputState` and decides what Enter and Esc do.
public struct TextInputDialog: Widget {
    public var title: String
    public var prompt: String
    public var state: TextInputState
    public var placeholder: String?
    /// Shown under the field, e.g. "Enter search · Esc cancel".
    public var hint: String?
    public var theme: Theme

    public init(
        title: String, prompt: String, state: TextInputState, placeholder: String? = nil, hint: String? = nil,
        theme: Theme = .default
    ) {
        self.title = title
        self.prompt = prompt
        self.state = state
        self.placeholder = placeholder
        self.hint = hint
        self.theme = theme
    }

    /// Wide enough for the prompt, the hint and the text typed so far (so a note grows the
    /// dialog before it scrolls), at most three quarters of the screen.
    public func area(in screen: Rect) -> Rect {
        let textWidth = DisplayWidth.of(state.text) + 1
        let width = max(40, DisplayWidth.of(prompt) + 6, (hint.map(DisplayWidth.of) ?? 0) + 6, textWidth + 4)
        return Modal.area(width: min(width, max(20, screen.width * 3 / 4)), height: hint == nil ? 4 : 5, in: screen)
    }

    /// Where the text cursor is when the dialog is drawn centred in `screen` (see
    /// `TextInput.cursorPosition(in:)`); pass it to the terminal so input methods follow it.
    public func cursorPosition(in screen: Rect) -> (x: Int, y: Int)? {
        fieldArea(in: screen).flatMap {
            TextInput(state: state, placeholder: placeholder, theme: theme).cursorPosition(in: $0)
        }
    }

    private func fieldArea(in screen: Rect) -> Rect? {
        let inner = Modal(title: title, theme: theme).inner(area(in: screen))
        guard inner.height >= 1 else { return nil }
        return Rect(x: inner.x, y: inner.y + (inner.height >= 2 ? 1 : 0), width: inner.width, height: 1)
    }

    /// Draws centred in `screen`.
    public func render(in screen: Rect, buffer: inout ScreenBuffer) {
        let area = area(in: screen.intersection(buffer.area))
        guard !area.isEmpty else { return }
        let modal = Modal(title: title, theme: theme)
        modal.render(in: area, buffer: &buffer)
        let inner = modal.inner(area)
        guard let field = fieldArea(in: screen.intersection(buffer.area)) else { return }
        if field.y > inner.y {
            buffer.write(prompt, x: inner.x, y: inner.y, maxWidth: inner.width, style: modal.style)
        }
        TextInput(state: state, placeholder: placeholder, theme: theme).render(in: field, buffer: &buffer)
        if let hint, field.y + 1 < inner.bottom {
            buffer.write(
                hint, x: inner.x, y: field.y + 1, maxWidth: inner.width,
                style: modal.style.patched(with: theme[.textDim]))
        }
    }
}
