/// The org a report is about: `--org`, or the store's only root.
public struct ReportScope: Sendable, Codable, Equatable {
    public var code: String
    public var name: String
    /// Names from the top of the tree down to the org, for the title of a report on a branch.
    public var path: [String]
}
