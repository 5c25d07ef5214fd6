import Widgets

/// The bottom row: the keys that matter in the focused pane, then `?` and `q`, which stay at
/// every width (the other hints go first, from the end); on the right a short status, or the
/// toast of the moment, so a toast never covers a pane.
struct FooterPane: StatefulPane {
    var hints: [KeyHint]
    var status: String
    var toast: ToastMessage? = nil
    /// How many hints at the end are always shown (`?` help, `q` quit).
    var pinned = 2

    func render(in area: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let theme = context.theme
        let row = area.row(0)
        let style = theme[.footer]
        buffer.fill(row, style: style)
        let kept = Array(hints.suffix(pinned))
        let optional = Array(hints.dropLast(pinned))
        let keptWidth = kept.reduce(0) { $0 + FooterPane.width(of: $1) }
        var right = row.right
        // The status at the far right, the toast left of it; both give way to ? and q.
        let segments: [(String, Style)] = [
            (status, style), (toast?.text ?? "", toast.map { toastStyle($0, theme) } ?? style),
        ]
        for (trailing, segmentStyle) in segments where !trailing.isEmpty {
            let room = right - row.x - 1 - keptWidth - 3
            guard room >= 4 else { break }
            let text = " " + DisplayWidth.truncate(trailing, to: room) + " "
            let width = DisplayWidth.of(text)
            right -= width
            buffer.write(text, x: right, y: row.y, maxWidth: width, style: segmentStyle)
            right -= 1
        }
        var shown: [KeyHint] = []
        var used = keptWidth
        for hint in optional {
            let width = FooterPane.width(of: hint)
            guard row.x + 1 + used + width <= right else { break }
            shown.append(hint)
            used += width
        }
        var x = row.x + 1
        for hint in shown + kept {
            guard x + FooterPane.width(of: hint) <= right else { break }
            x += buffer.write(" \(hint.key) ", x: x, y: row.y, style: theme[.footerKey])
            x += buffer.write("\(hint.action) ", x: x, y: row.y, style: style)
        }
    }

    static func width(of hint: KeyHint) -> Int {
        DisplayWidth.of(" \(hint.key) ") + DisplayWidth.of("\(hint.action) ")
    }

    private func toastStyle(_ toast: ToastMessage, _ theme: Theme) -> Style {
        switch toast.kind {
        case .info: theme[.toast]
        case .warning: theme[.toast].patched(with: theme[.alertWarning])
        case .error: theme[.toastError]
        }
    }
}
