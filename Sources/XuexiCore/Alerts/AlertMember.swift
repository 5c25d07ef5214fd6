/// One unit inside a tree-grouped alert: a descendant holding the same condition, with its
/// own figures (rate, shortfall, …), so expanding the alert loses no condition.
public struct AlertMember: Sendable, Codable, Equatable {
    public var orgCode: String
    public var orgName: String
    /// Depth in the org tree (0 = a root), to name the level ("学习小组") and indent.
    public var depth: Int
    public var orgType: String?
    public var figures: AlertFigures

    public init(orgCode: String, orgName: String, depth: Int, orgType: String?, figures: AlertFigures) {
        self.orgCode = orgCode
        self.orgName = orgName
        self.depth = depth
        self.orgType = orgType
        self.figures = figures
    }
}
