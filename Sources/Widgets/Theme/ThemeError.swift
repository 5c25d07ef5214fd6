/// A theme that could not be used, naming the file and line so the user can fix it.
/// Callers show `description` and carry on with `Theme.default`.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file name or path as given (or "<built-in>").
    public var file: String
    /// 1-based line, nil for errors about the whole file (missing, unreadable).
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }

    /// The same with only the file's name, for a one-line message on screen.
    public var shortDescription: String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        if let line { return "\(name):\(line): \(message)" }
        return "\(name): \(message)"
    }
}
