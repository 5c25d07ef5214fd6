import ArgumentParser
import Foundation
import Testing
import XuexiModel

@testable import xuexi_dash

/// Usage errors (exit 2) in Chinese: ArgumentParser's English sentences said again, with the
/// value and option as written, and where to read the usage.
@Suite struct UsageMessageTests {
    func message(_ arguments: [String], _ language: Language) -> String {
        do {
            _ = try XuexiDash.parseAsRoot(arguments)
            Issue.record("\(arguments) parsed")
            return ""
        } catch {
            return UsageMessage.text(for: error, language: language, arguments: ["xuexi-dash"] + arguments)
        }
    }

    @Test func frameworkSentencesAreSaidInChinese() {
        let date = message(["orgs", "--date", "soon"], .zh)
        #expect(date.hasPrefix("命令行有误：--date <date> 的值“soon”无效："), "\(date)")
        #expect(date.contains("YYYY-MM-DD"))
        #expect(date.hasSuffix("用法见 xuexi-dash orgs --help"))
        #expect(message(["report", "--no-such-option"], .zh).hasPrefix("命令行有误：没有 --no-such-option 这个选项"))
        #expect(message(["imports", "undo", "1", "2", "3"], .zh).contains("多余的参数"))
        for text in [date, message(["report", "--no-such-option"], .zh)] {
            #expect(!text.contains("Error") && !text.contains("invalid") && !text.contains("Usage"), "\(text)")
        }
    }

    @Test func englishKeepsArgumentParsersMessage() {
        let date = message(["orgs", "--date", "soon"], .en)
        #expect(date.contains("The value 'soon' is invalid for '--date <date>'"))
        #expect(date.contains("Usage: xuexi-dash orgs"))
    }

    @Test func ourOwnChecksAreInTheUILanguage() {
        #expect(UsageText.demoDays.text(.zh) == "--days 应在 1 到 3660 之间")
        #expect(UsageMessage.translate("Something else entirely", language: .zh) == "Something else entirely")
    }
}
