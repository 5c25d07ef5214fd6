/// What a key asks for, before the focused pane decides what it means for itself
/// (`moveDown` moves the org selection or the member selection).
public enum DashboardAction: Sendable, Hashable {
    case moveUp, moveDown, pageUp, pageDown, moveToTop, moveToBottom
    /// Left/h: collapse the org, or go to its parent; previous tab in the learners pane.
    case collapseOrLeft
    /// Right/l: expand the org; next tab in the learners pane.
    case expandOrRight
    case toggleExpand
    case expandAll
    /// Enter: branch review of an org, detail of a learner, the org of an alert.
    case open
    /// Esc/Backspace: close the overlay, or go back one level.
    case back
    case nextPane, previousPane
    case previousDay, nextDay, latestDay
    case period(DashboardPeriod)
    case nextSort, reverseSort
    case cycleFilter
    case search
    case acknowledge, snooze
    case cycleTheme
    case toggleLanguage
    case toggleMouse
    case settings
    case refresh
    /// `c`: the compact note of the view to the clipboard; `x`: the view's report to files.
    case copyNote, exportReport
    case help
    case quit
}
