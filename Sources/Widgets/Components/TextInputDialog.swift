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

    public init(title: String, prompt: String, state: TextInputState, placeholder: String? = nil, hint: String? = nil, theme: Theme = .default) {
        self.title = title
        self.prompt = prompt
        self.state = state
        self.placeholder = placeholder
        self.hint = hint
        self.theme = theme
    }

    public func area(in screen: Rect) -> Rect {
        let width = max(40, DisplayWidth.of(prompt) + 6, (hint.map(DisplayWidth.of) ?? 0) + 6)
        return Modal.area(width: min(width, max(20, screen.width * 3 / 4)), height: hint == nil ? 4 : 5, in: screen)
    }

    /// Draws centred in `screen`.
    public func render(in screen: Rect, buffer: inout ScreenBuffer) {
        let area = area(in: screen.intersection(buffer.area))
        guard !area.isEmpty else { return }
        let modal = Modal(title: title, theme: theme)
        modal.render(in: area, buffer: &buffer)
        let inner = modal.inner(area)
        guard inner.height >= 1 else { return }
        var y = inner.y
        if inner.height >= 2 {
            buffer.write(prompt, x: inner.x, y: y, maxWidth: inner.width, style: modal.style)
            y += 1
        }
        TextInput(state: state, placeholder: placeholder, theme: theme).render(in: Rect(x: inner.x, y: y, width: inner.width, height: 1), buffer: &buffer)
        if let hint, y + 1 < inner.bottom {
            buffer.write(hint, x: inner.x, y: y + 1, maxWidth: inner.width, style: modal.style.patched(with: theme[.textDim]))
        }
    }
}
