import Foundation

/// Finds and reads theme files. A name (`dark`) is looked up as `<name>.theme` in each of
/// `searchDirectories` in order (the app decides which); the compiled-in theme
/// (`Theme.default`) is found by its name even without any file. Anything with a `/` or
/// ending in `.theme` is a path.
public struct ThemeLoader: Sendable {
    public static let fileExtension = "theme"
    /// The name of the compiled-in theme, `Theme.default`.
    public static let defaultThemeName = Theme.default.name

    public var searchDirectories: [String]

    public init(searchDirectories: [String]) {
        self.searchDirectories = searchDirectories
    }

    public func load(nameOrPath: String) throws(ThemeError) -> Theme {
        if ThemeLoader.isPath(nameOrPath) {
            return try loadFile(atPath: nameOrPath, reportedAs: nameOrPath)
        }
        let fileName = nameOrPath + "." + ThemeLoader.fileExtension
        for directory in searchDirectories {
            let path = (directory as NSString).appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: path) {
                return try loadFile(atPath: path, reportedAs: path)
            }
        }
        if nameOrPath == ThemeLoader.defaultThemeName { return .default }
        let known = availableThemeNames().joined(separator: ", ")
        throw ThemeError(
            file: fileName, line: nil,
            message: "no such theme (looked in \(searchDirectories.joined(separator: ", ")); known themes: \(known)")
    }

    /// The theme asked for, or the default with the reason it could not be used.
    public func loadOrDefault(nameOrPath: String) -> (theme: Theme, error: ThemeError?) {
        do {
            return (try load(nameOrPath: nameOrPath), nil)
        } catch {
            return (.default, error)
        }
    }

    /// Names of every theme found, the default first, then alphabetical; user themes
    /// shadow package themes of the same name.
    public func availableThemeNames() -> [String] {
        var names: Set<String> = [ThemeLoader.defaultThemeName]
        for directory in searchDirectories {
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for entry in entries where entry.hasSuffix("." + ThemeLoader.fileExtension) {
                names.insert(String(entry.dropLast(ThemeLoader.fileExtension.count + 1)))
            }
        }
        return [ThemeLoader.defaultThemeName] + names.subtracting([ThemeLoader.defaultThemeName]).sorted()
    }

    static func isPath(_ nameOrPath: String) -> Bool {
        nameOrPath.contains("/") || nameOrPath.hasSuffix("." + fileExtension)
    }

    private func loadFile(atPath path: String, reportedAs reportedName: String) throws(ThemeError) -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(file: reportedName, line: nil, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(file: reportedName, line: nil, message: "the file is not UTF-8 text")
        }
        return try ThemeParser.parse(text, file: reportedName)
    }
}
