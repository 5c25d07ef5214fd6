/// Points earned through one item of the platform (阅读文章, 视听学习, …).
public struct ItemPoints: Sendable, Equatable {
    public var item: String
    public var points: Int
}
