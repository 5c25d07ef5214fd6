/// The focusable panes of the branch review, in Tab order.
public enum BranchPane: String, Sendable, CaseIterable {
    case members, inactive
}
