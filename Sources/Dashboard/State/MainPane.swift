/// The focusable panes of the main screen, in Tab order.
public enum MainPane: String, Sendable, CaseIterable {
    case orgs, learners, alerts
}
