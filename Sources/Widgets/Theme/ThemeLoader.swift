import Foundation

/// Finds and reads theme files. A name (`dark`) is looked up as `<name>.theme` in, in order:
/// the user's `$XDG_CONFIG_HOME/xuexi-dash/themes` (default `~/.config/…`), the `Themes/`
/// directory of the package the executable was built from, and `<prefix>/share/xuexi-dash/themes`
/// next to an installed binary; `party-red` is also built in. Anything with a `/` or ending
/// in `.theme` is a path.
public struct ThemeLoader: Sendable {
    public static let fileExtension = "theme"
    public static let defaultThemeName = "party-red"
    /// Picked when there is no colour (NO_COLOR, `--colors none`) and no theme was asked for.
    public static let monochromeThemeName = "monochrome"

    public var searchDirectories: [String]

    public init(searchDirectories: [String]) {
        self.searchDirectories = searchDirectories
    }

    /// The loader with the standard search path for this process.
    public static func standard(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String? = nil
    ) -> ThemeLoader {
        var directories: [String] = []
        if let configHome = environment["XDG_CONFIG_HOME"], !configHome.isEmpty {
            directories.append(configHome + "/xuexi-dash/themes")
        } else if let home = environment["HOME"], !home.isEmpty {
            directories.append(home + "/.config/xuexi-dash/themes")
        }
        let executable = executablePath ?? currentExecutablePath()
        if let packageThemes = packageThemesDirectory(startingAt: executable) {
            directories.append(packageThemes)
        }
        let binaryDirectory = (executable as NSString).deletingLastPathComponent
        directories.append(((binaryDirectory as NSString).deletingLastPathComponent as NSString).appendingPathComponent("share/xuexi-dash/themes"))
        return ThemeLoader(searchDirectories: directories)
    }

    /// Loads a theme by name or path with the standard search path.
    public static func load(nameOrPath: String) throws(ThemeError) -> Theme {
        try standard().load(nameOrPath: nameOrPath)
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
        throw ThemeError(file: fileName, line: nil, message: "no such theme (looked in \(searchDirectories.joined(separator: ", ")); known themes: \(known)")
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

    /// The `Themes` directory of the package that contains `executablePath`, found by walking
    /// up from the binary (`.build/debug/xuexi-dash` → the package root).
    public static func packageThemesDirectory(startingAt executablePath: String) -> String? {
        var directory = (executablePath as NSString).deletingLastPathComponent
        for _ in 0..<8 {
            let candidate = (directory as NSString).appendingPathComponent("Themes")
            let marker = (candidate as NSString).appendingPathComponent(defaultThemeName + "." + fileExtension)
            if FileManager.default.fileExists(atPath: marker) { return candidate }
            let parent = (directory as NSString).deletingLastPathComponent
            if parent == directory || parent.isEmpty { break }
            directory = parent
        }
        return nil
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

    private static func currentExecutablePath() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        let argument = CommandLine.arguments.first ?? ""
        if argument.hasPrefix("/") { return argument }
        return (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(argument)
    }
}
