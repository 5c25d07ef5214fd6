/// A level drilled into from the main screen (k9s style): Enter pushes, Esc pops, and the
/// header shows the path as a breadcrumb.
public enum Route: Sendable {
    case branch(BranchState)
    case learner(LearnerDetailState)
}
