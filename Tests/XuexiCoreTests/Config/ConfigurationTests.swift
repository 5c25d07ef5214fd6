import Testing
import XuexiStore

@testable import XuexiCore

/// config.toml: defaults, every section read, and errors that name the file and line.
@Suite struct ConfigurationTests {
    @Test func emptyFileGivesTheDefaults() throws {
        #expect(try AppConfiguration.parse("", file: "c.toml") == AppConfiguration())
    }

    @Test func theDefaultFileParsesToTheDefaults() throws {
        #expect(try AppConfiguration.parse(AppConfiguration.defaultFileText, file: "c.toml") == AppConfiguration())
    }

    @Test func settingsInEverySectionAreRead() throws {
        let text = """
            # comment
            [metrics]
            activity_threshold = 5   # trailing comment
            club_low = 10_000
            [import]
            daily_maximum = 80
            [alerts]
            activity_target = 0.75
            activity_floor = 1
            [dashboard]
            theme = "mono # not a comment"
            mouse = false
            """
        let configuration = try AppConfiguration.parse(text, file: "c.toml")
        #expect(configuration.activityThreshold == 5)
        #expect(configuration.clubLow == 10_000)
        #expect(configuration.dailyMaximum == 80)
        #expect(configuration.activityTarget == 0.75)
        #expect(configuration.activityFloor == 1.0)
        #expect(configuration.theme == "mono # not a comment")
        #expect(configuration.mouse == false)
    }

    @Test func unknownKeysNameTheFileAndLine() {
        let text = "[alerts]\nactivity_target = 0.7\nnope = 3\n"
        #expect {
            try AppConfiguration.parse(text, file: "c.toml")
        } throws: { error in
            "\(error)" == "c.toml:3: unknown setting alerts.nope"
        }
    }

    @Test func wrongTypesAreRefusedWithTheExpectedForm() {
        #expect {
            try AppConfiguration.parse("[dashboard]\nmouse = 1\n", file: "c.toml")
        } throws: { error in
            "\(error)" == "c.toml:2: dashboard.mouse expects true or false"
        }
        #expect {
            try AppConfiguration.parse("[metrics]\nclub_low = \"many\"\n", file: "c.toml")
        } throws: { error in
            "\(error)" == "c.toml:2: metrics.club_low expects a non-negative whole number"
        }
    }

    @Test func malformedLinesAreSyntaxErrors() {
        #expect {
            try AppConfiguration.parse("[alerts\n", file: "c.toml")
        } throws: { error in
            "\(error)" == "c.toml:1: expected a section header like [alerts]"
        }
        #expect {
            try AppConfiguration.parse("[alerts]\nactivity_target 0.7\n", file: "c.toml")
        } throws: { error in
            "\(error)" == "c.toml:2: expected key = value"
        }
    }

    @Test func pathsFollowXDGConfigHome() {
        let path = AppConfiguration.defaultPath(environment: ["XDG_CONFIG_HOME": "/tmp/cfg"])
        #expect(path == "/tmp/cfg/xuexi-dash/config.toml")
    }

    @Test("Store and config follow $XDG_DATA_HOME / $XDG_CONFIG_HOME, then $HOME (not the password file)")
    func pathsFollowHome() {
        let home = ["HOME": "/tmp/elsewhere"]
        #expect(AppConfiguration.defaultPath(environment: home) == "/tmp/elsewhere/.config/xuexi-dash/config.toml")
        #expect(
            XuexiStore.resolvePath(flag: nil, environment: home)
                == "/tmp/elsewhere/.local/share/xuexi-dash/xuexi.sqlite")
        #expect(
            XuexiStore.resolvePath(flag: nil, environment: ["HOME": "/h", "XDG_DATA_HOME": "/d"])
                == "/d/xuexi-dash/xuexi.sqlite")
        #expect(XuexiStore.resolvePath(flag: "~/s.sqlite", environment: home) == "/tmp/elsewhere/s.sqlite")
        #expect(XuexiStore.resolvePath(flag: nil, environment: ["XUEXI_DASH_STORE": "~/x"]).hasSuffix("/x"))
    }

    @Test func aMissingExplicitFileIsAnError() {
        #expect(throws: AppConfiguration.InvalidConfiguration.self) {
            try AppConfiguration.load(flag: "/nonexistent/xuexi/config.toml")
        }
    }
}
