import Foundation
import Widgets
import XuexiCore
import XuexiModel

/// Where xuexi-dash looks for themes and which it starts with: app decisions, so they live
/// here and not in Widgets. A name is looked up in the user's `$XDG_CONFIG_HOME/xuexi-dash/themes`
/// (default `~/.config/…`), the `Themes/` directory of the package the executable was built
/// from, and `<prefix>/share/xuexi-dash/themes` next to an installed binary.
enum AppThemes {
    /// What a screen starts with when nothing asks otherwise (the configuration's default).
    static let defaultThemeName = AppConfiguration().theme
    /// Picked when there is no colour (NO_COLOR, `--colors none`) and no theme was asked for.
    static let monochromeThemeName = "monochrome"

    /// The loader with the standard search path for this process.
    static func loader(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String? = nil
    ) -> ThemeLoader {
        ThemeLoader(searchDirectories: searchDirectories(environment: environment, executablePath: executablePath))
    }

    static func searchDirectories(environment: [String: String], executablePath: String? = nil) -> [String] {
        var directories: [String] = []
        directories.append(UserDirectories.configHome(environment) + "/xuexi-dash/themes")
        let executable = executablePath ?? currentExecutablePath()
        if let packageThemes = packageThemesDirectory(startingAt: executable) {
            directories.append(packageThemes)
        }
        let prefix = ((executable as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        directories.append((prefix as NSString).appendingPathComponent("share/xuexi-dash/themes"))
        return directories
    }

    /// The `Themes` directory of the package that contains `executablePath`, found by walking
    /// up from the binary (`.build/debug/xuexi-dash` → the package root).
    static func packageThemesDirectory(startingAt executablePath: String) -> String? {
        var directory = (executablePath as NSString).deletingLastPathComponent
        let marker = ThemeLoader.defaultThemeName + "." + ThemeLoader.fileExtension
        for _ in 0..<8 {
            let candidate = (directory as NSString).appendingPathComponent("Themes")
            let markerPath = (candidate as NSString).appendingPathComponent(marker)
            if FileManager.default.fileExists(atPath: markerPath) { return candidate }
            let parent = (directory as NSString).deletingLastPathComponent
            if parent == directory || parent.isEmpty { break }
            directory = parent
        }
        return nil
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
