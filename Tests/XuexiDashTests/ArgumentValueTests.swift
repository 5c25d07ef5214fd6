import ArgumentParser
import Foundation
import TerminalKit
import Testing
import XuexiCore
import XuexiModel

@testable import xuexi_dash

@Suite("Command-line values")
struct ArgumentValueTests {
    @Test("A day parses once from YYYY-MM-DD; anything else says what was expected")
    func days() throws {
        #expect(try Day.parse("2026-11-19") == Day(iso: "2026-11-19"))
        #expect(throws: ArgumentProblem.self) { try Day.parse("2026-13-40") }
        #expect(throws: ArgumentProblem.self) { try Day.parse("yesterday") }
    }

    @Test("A screen size is COLUMNSxROWS within bounds")
    func screenSizes() {
        #expect(ScreenSize(argument: "120x40") == ScreenSize(columns: 120, rows: 40))
        #expect(ScreenSize(argument: "80X24") == ScreenSize(columns: 80, rows: 24))
        for bad in ["120", "0x40", "120x0", "1001x40", "120x501", "axb", "120x40x2"] {
            #expect(ScreenSize(argument: bad) == nil, "\(bad)")
        }
    }

    @Test("Kinds, formats, languages and colours parse their spellings")
    func choices() {
        #expect(ReportKind(argument: "weekly") == .weekly)
        #expect(ReportKind(argument: "yearly") == .yearly)
        #expect(ReportKind(argument: "quarterly") == nil)
        #expect(ReportFormat(argument: "xlsx") == .xlsx)
        #expect(Language(argument: "EN") == .en)
        #expect(Language(argument: "fr") == nil)
        #expect(ColorMode(argument: "24bit") == .truecolor)
        #expect(ThemeName(argument: "dark")?.value == "dark")
        #expect(ThemeName(argument: "") == nil)
    }

    @Test("Bad values are refused while parsing, with the expectation in the message")
    func parsingErrors() {
        #expect(throws: (any Error).self) { _ = try XuexiDash.parseAsRoot(["report", "quarterly"]) }
        #expect(throws: (any Error).self) { _ = try XuexiDash.parseAsRoot(["orgs", "--date", "2026-02-30"]) }
        #expect(throws: (any Error).self) { _ = try XuexiDash.parseAsRoot(["snapshot", "--size", "big"]) }
        do {
            _ = try XuexiDash.parseAsRoot(["orgs", "--date", "soon"])
        } catch {
            #expect(XuexiDash.fullMessage(for: error).contains("YYYY-MM-DD"))
            #expect(XuexiDash.exitCode(for: error) == .validationFailure)
        }
    }

    @Test("Typed values reach the command")
    func typedValues() throws {
        let command = try #require(
            try XuexiDash.parseAsRoot(["report", "monthly", "--date", "2026-11-19", "--format", "json"])
                as? ReportCommand)
        #expect(command.kind == .monthly)
        #expect(command.format == .json)
        #expect(command.date == Day(iso: "2026-11-19"))
    }
}

@Suite("App theme paths")
struct AppThemesTests {
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes").path

    @Test("The package Themes directory is found by walking up from the executable")
    func packageDirectory() {
        let executable = URL(fileURLWithPath: Self.themesDirectory).deletingLastPathComponent()
            .appendingPathComponent(".build/debug/xuexi-dash").path
        let found = AppThemes.packageThemesDirectory(startingAt: executable).map {
            URL(fileURLWithPath: $0).standardized.path
        }
        #expect(found == URL(fileURLWithPath: Self.themesDirectory).standardized.path)
        #expect(AppThemes.packageThemesDirectory(startingAt: "/nonexistent/bin/tool") == nil)
    }

    @Test("The standard search path honours XDG_CONFIG_HOME, else ~/.config")
    func standardPath() {
        let xdg = AppThemes.searchDirectories(
            environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u"],
            executablePath: "/opt/x/bin/xuexi-dash")
        #expect(xdg == ["/cfg/xuexi-dash/themes", "/opt/x/share/xuexi-dash/themes"])
        let home = AppThemes.searchDirectories(
            environment: ["HOME": "/home/u"], executablePath: "/opt/x/bin/xuexi-dash")
        #expect(home.first == "/home/u/.config/xuexi-dash/themes")
        #expect(AppThemes.defaultThemeName == "party-red")
    }
}
