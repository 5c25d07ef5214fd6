/// The screens `snapshot --view` can render.
public enum DashboardView: String, Sendable, CaseIterable {
    case main
    case branch
}
