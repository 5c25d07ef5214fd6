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
    /// Shown after the name: the parent org of an org, the org of a learner.
    public var context: String
    /// Lowercased "code name" as UTF-8, searched byte-wise: fast enough for a city roster per key.
    var haystack: [UInt8]

    init(kind: Kind, code: String, name: String, orgCode: String?, context: String) {
        self.kind = kind
        self.code = code
        self.name = name
        self.orgCode = orgCode
        self.context = context
        haystack = Array((code + " " + name).lowercased().utf8)
    }

    func matches(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return false }
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        let lastStart = haystack.count - needle.count
        var start = 0
        while start <= lastStart {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
