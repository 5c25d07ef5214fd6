import Widgets

/// What is drawn over the screen and takes the keys first.
public enum Overlay: Sendable {
    case help
    case settings
    case search(SearchState)
    /// Acknowledging alert `alertId`: the note being typed.
    case acknowledge(alertId: String, note: TextInputState)
    case snooze(alertId: String, choice: SnoozeChoice)
    /// The import list (Enter on a data alert): newest first, `highlight` the alert's import.
    case imports(highlight: Int64?, scrollOffset: Int)
}
