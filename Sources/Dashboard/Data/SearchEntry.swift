import XuexiModel

/// One thing `/` can find: an org or a learner, with what is matched against.
public struct SearchEntry: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case org
        case learner
    }

    public var kind: Kind
    public var code: String
    public var name: String
    /// For a learner, the org code (to open the detail in context).
    public var orgCode: String?
    /// Shown after the name: where it is, as a path below the top org ("田田社区党委/第一党支部").
    public var context: String
    /// How well the query matched (`PinyinSearchKey.score`): results are listed best first.
    public var score = 0
    /// Name and code with their pinyin readings, built once per entry and reused for every key.
    let key: PinyinSearchKey

    init(kind: Kind, code: String, name: String, orgCode: String?, context: String) {
        self.kind = kind
        self.code = code
        self.name = name
        self.orgCode = orgCode
        self.context = context
        key = PinyinSearchKey(name: name, code: code, personName: kind == .learner)
    }

    public static func == (lhs: SearchEntry, rhs: SearchEntry) -> Bool {
        (lhs.kind, lhs.code, lhs.name, lhs.orgCode, lhs.context, lhs.score)
            == (rhs.kind, rhs.code, rhs.name, rhs.orgCode, rhs.context, rhs.score)
    }
}
