/// A code that names no organization in the store (a typo'd `--org`, a stale link).
public struct UnknownOrganization: Error, CustomStringConvertible, Sendable {
    public var code: String
    public var description: String { "unknown org code \(code)" }

    public init(code: String) { self.code = code }
}
