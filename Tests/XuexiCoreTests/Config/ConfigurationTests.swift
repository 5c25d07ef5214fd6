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
        // The older club_low / club_high settings still make the club list.
        #expect(configuration.clubs == [10_000, 40_000])
        #expect(configuration.aggregateParameters.clubs == [10_000, 40_000])
        #expect(configuration.aggregateParameters.dailyMaximum == 80)
        #expect(configuration.dailyMaximum == 80)
        #expect(configuration.activityTarget == 0.75)
        #expect(configuration.activityFloor == 1.0)
        #expect(configuration.theme == "mono # not a comment")
        #expect(configuration.mouse == false)
    }

    @Test func clubListAndRegistrationBase() throws {
        let configuration = try AppConfiguration.parse(
            "[metrics]\nclubs = [40_000, 5000, 10000]\nclub_low = 1\nregistration_base = \"party\"\n", file: "c.toml")
        #expect(configuration.clubs == [5_000, 10_000, 40_000])
        #expect(configuration.registrationBase == .party)
        #expect(AppConfiguration().clubs == [10_000, 20_000, 40_000])
        #expect(throws: AppConfiguration.InvalidConfiguration.self) {
            try AppConfiguration.parse("[metrics]\nclubs = [1, x]\n", file: "c.toml")
        }
        #expect(throws: AppConfiguration.InvalidConfiguration.self) {
            try AppConfiguration.parse("[metrics]\nregistration_base = \"people\"\n", file: "c.toml")
        }
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
            "\(error)" == "c.toml:2: metrics.club_low expects a whole number from 1 to 100000000"
        }
    }

    @Test("Out-of-range values name the key and its own line (activity_floor = 40 is not 40%)")
    func outOfRangeValues() throws {
        let text = "[alerts]\n# activity_floor = 0.3\nactivity_target = 0.7\nactivity_floor = 40\n"
        #expect {
            try AppConfiguration.parse(text, file: "c.toml")
        } throws: { error in
            "\(error)" == "c.toml:4: alerts.activity_floor expects a rate between 0 and 1, such as 0.40 or \"40%\""
        }
        #expect {
            try AppConfiguration.parse(text, file: "c.toml", language: .zh)
        } throws: { error in
            "\(error)" == "c.toml:4: alerts.activity_floor 应为 0 到 1 之间的比率，如 0.40 或 \"40%\""
        }
        #expect {
            try AppConfiguration.parse("[alerts]\nstale_after_hour = 24\n", file: "c.toml")
        } throws: { error in
            "\(error)" == "c.toml:2: alerts.stale_after_hour expects a whole number from 0 to 23"
        }
        #expect {
            try AppConfiguration.parse("[dashboard]\ncolors = \"lots\"\n", file: "c.toml")
        } throws: { error in
            "\(error)" == "c.toml:2: dashboard.colors expects one of \"none\", \"8\", \"256\", \"truecolor\""
        }
        #expect {
            try AppConfiguration.parse("[alerts]\ndrop_points = 0.1\ndrop_points = 0.2\n", file: "c.toml")
        } throws: { error in
            "\(error)" == "c.toml:3: alerts.drop_points is already set at line 2"
        }
        let percent = try AppConfiguration.parse("[alerts]\nactivity_floor = \"45%\"\n", file: "c.toml")
        #expect(percent.activityFloor == 0.45)
    }

    @Test("A renamed key is still read, with a warning naming the new key")
    func renamedKeys() throws {
        let configuration = try AppConfiguration.parse("[alerts]\nminimum_registered = 12\n", file: "c.toml")
        #expect(configuration.alertMinimumRegistered == 12)
        #expect(
            configuration.warnings.messages
                == [
                    "c.toml:2: alerts.minimum_registered has been renamed alerts.minimum_shortfall; read this time, but please use alerts.minimum_shortfall"
                ])
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
        // In Chinese, like every other configuration message.
        #expect {
            try AppConfiguration.parse("[alerts]\nactivity_target 0.7\n", file: "c.toml", language: .zh)
        } throws: { error in
            "\(error)" == "c.toml:2: 应为 设置项 = 值"
        }
        #expect {
            try AppConfiguration.parse("[alerts]\nactivity_target = oops\n", file: "c.toml", language: .zh)
        } throws: { error in
            "\(error)" == "c.toml:2: 应为带引号的文字、数字或 true/false，实为“oops”"
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
