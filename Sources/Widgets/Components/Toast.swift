/// A short message on one line ("已导入 1 234 条记录", "Theme: dark"), styled by severity.
/// The caller decides where (usually the row above the footer) and for how long.
public struct Toast: Widget {
    public enum Kind: Sendable, Hashable {
        case info
        case warning
        case error
    }

    public var message: String
    public var kind: Kind
    public var style: Style

    public init(message: String, kind: Kind = .info, theme: Theme = .default) {
        self.message = message
        self.kind = kind
        switch kind {
        case .info: style = theme[.toast]
        case .warning: style = theme[.toast].patched(with: theme[.alertWarning])
        case .error: style = theme[.toastError]
        }
    }

    /// The rectangle a toast of this message takes at the bottom-right of `area`'s last row.
    public func area(in area: Rect) -> Rect {
        let width = min(area.width, DisplayWidth.of(message) + 2)
        return Rect(x: area.right - width, y: area.bottom - 1, width: width, height: area.isEmpty ? 0 : 1)
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: style)
        buffer.write(
            message, x: row.x + (row.width > 2 ? 1 : 0), y: row.y,
            maxWidth: max(0, row.width - (row.width > 2 ? 2 : 0)), style: style)
    }
}
