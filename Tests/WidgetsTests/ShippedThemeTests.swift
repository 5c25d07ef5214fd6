import Foundation
import Testing

@testable import Widgets

@Suite("Shipped themes and the loader")
struct ShippedThemeTests {
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes").path
    static let shippedNames = ["party-red", "dark", "light", "high-contrast", "monochrome"]

    @Test("Each shipped theme parses and sets every role", arguments: shippedNames)
    func shipped(name: String) throws {
        let theme = try ThemeLoader(searchDirectories: [Self.themesDirectory]).load(nameOrPath: name)
        #expect(theme.name == name)
        let missing = ThemeRole.allCases.filter { theme.styles[$0] == nil }
        #expect(missing.isEmpty, "\(name) leaves out \(missing.map(\.rawValue))")
    }

    @Test("The monochrome theme uses no colour at all")
    func monochromeHasNoColour() throws {
        let theme = try ThemeLoader(searchDirectories: [Self.themesDirectory]).load(nameOrPath: "monochrome")
        for (role, style) in theme.styles {
            #expect(style.foreground == nil || style.foreground == .default, "\(role)")
            #expect(style.background == nil || style.background == .default, "\(role)")
        }
        #expect(theme[.selection].attributes.contains(.reverse))
    }

    @Test("The built-in default is the party-red file, word for word")
    func embeddedMatchesFile() throws {
        let file = try String(contentsOfFile: Self.themesDirectory + "/party-red.theme", encoding: .utf8)
        #expect(EmbeddedThemes.partyRed + "\n" == file)
        #expect(Theme.default.name == "party-red")
        #expect(Theme.default.displayName == "Party Red")
        #expect(Theme.default[.header].background == .rgb(0xC8, 0x10, 0x2E))
    }

    @Test("The README documents every role")
    func readmeListsRoles() throws {
        let readme = try String(contentsOfFile: Self.themesDirectory + "/README.md", encoding: .utf8)
        for role in ThemeRole.allCases {
            #expect(readme.contains("`\(role.rawValue)`"), "README does not mention \(role.rawValue)")
        }
    }

    @Test("Names are found in order: user directory first, then the package")
    func searchOrder() throws {
        let user = FileManager.default.temporaryDirectory.appendingPathComponent("theme-user-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: user) }
        try "name = My Dark\nheader = red".write(
            to: user.appendingPathComponent("dark.theme"), atomically: true, encoding: .utf8)
        try "text = blue".write(to: user.appendingPathComponent("mine.theme"), atomically: true, encoding: .utf8)
        let loader = ThemeLoader(searchDirectories: [user.path, Self.themesDirectory])
        #expect(try loader.load(nameOrPath: "dark").displayName == "My Dark")
        #expect(try loader.load(nameOrPath: "light").displayName == "Light")
        let names = loader.availableThemeNames()
        #expect(names.first == "party-red")
        #expect(Set(names) == Set(Self.shippedNames + ["mine"]))
    }

    @Test("Paths load directly; errors carry the path and line; the caller falls back to the default")
    func pathsAndFallback() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("theme-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.theme").path
        try "header = red\nfooter = purple-ish".write(toFile: broken, atomically: true, encoding: .utf8)
        let loader = ThemeLoader(searchDirectories: [])
        let result = loader.loadOrDefault(nameOrPath: broken)
        #expect(result.theme == Theme.default)
        #expect(result.error?.file == broken)
        #expect(result.error?.line == 2)
        #expect(
            loader.loadOrDefault(nameOrPath: directory.path + "/missing.theme").error?.message == "cannot read the file"
        )
    }

    @Test("An unknown name lists the known themes; the default is always known")
    func unknownName() throws {
        let loader = ThemeLoader(searchDirectories: [Self.themesDirectory])
        let error = loader.loadOrDefault(nameOrPath: "neon").error
        #expect(error?.file == "neon.theme")
        #expect(error?.message.contains("known themes: party-red") == true)
        #expect(try ThemeLoader(searchDirectories: []).load(nameOrPath: "party-red") == Theme.default)
    }
}
