import Widgets

/// Where every dialog and overlay goes: centred with a margin (help, settings, acknowledge,
/// snooze, the learner detail; the Widgets dialogs place themselves by the same
/// `Modal.area` rule), or near the top for the search, whose list grows downwards as
/// results arrive.
enum DialogPlacement {
    enum Anchor {
        case center
        case top
    }

    static func area(width: Int, height: Int, in screen: Rect, anchor: Anchor = .center) -> Rect {
        switch anchor {
        case .center:
            return Modal.area(width: width, height: height, in: screen)
        case .top:
            return Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + 2, width: width, height: height)
        }
    }
}
