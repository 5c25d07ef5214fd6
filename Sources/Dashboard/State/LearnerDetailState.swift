/// The learner detail over the screen it was opened from.
public struct LearnerDetailState: Sendable {
    public var learnerId: String
    public var name: String
    /// The learner's org, when the screen that opened the detail knows it.
    public var orgCode: String?

    public init(learnerId: String, name: String, orgCode: String?) {
        self.learnerId = learnerId
        self.name = name
        self.orgCode = orgCode
    }
}
