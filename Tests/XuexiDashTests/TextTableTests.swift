import Dashboard
import Foundation
import Testing
import Widgets
import XuexiCore
import XuexiImport
import XuexiModel

@testable import xuexi_dash

/// Every target's text keys: each case has Chinese and English text with the same
/// placeholders, and no id is used twice across the program (typos cannot compile at all).
@Suite struct TextTableTests {
    static let tables: [(name: String, ids: [String], entries: [(id: String, entry: TextEntry?)])] = [
        table(CLIText.self), table(DashText.self), table(AlertText.self), table(ReportText.self),
        table(ImportText.self), table(ReaderText.self), table(NoteText.self), table(FileText.self),
        table(ServiceText.self), table(UsageText.self), table(ConfigText.self),
        table(NotifyConfigText.self),
    ]

    static func table<Key: TextKey>(_ type: Key.Type) -> (String, [String], [(String, TextEntry?)]) {
        (String(describing: type), Key.allCases.map(\.rawValue), Key.allCases.map { ($0.rawValue, Key.entries[$0]) })
    }

    static func placeholders(_ text: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"\{\d+\}"#)
        let range = NSRange(text.startIndex..., in: text)
        return Set(
            pattern.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } })
    }

    @Test func everyKeyHasBothLanguagesWithTheSamePlaceholders() {
        for table in Self.tables {
            #expect(table.entries.count == table.ids.count)
            for (id, entry) in table.entries {
                guard let entry else {
                    Issue.record("\(table.name): no text for \(id)")
                    continue
                }
                #expect(!entry.zh.isEmpty && !entry.en.isEmpty, "\(id)")
                #expect(Self.placeholders(entry.zh) == Self.placeholders(entry.en), "\(id)")
            }
        }
    }

    @Test func noIdIsDefinedTwice() {
        let ids = Self.tables.flatMap(\.ids)
        let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "defined twice: \(repeated)")
    }

    @Test func argumentsFillTheirPlaces() {
        #expect(CLIText.orgsSummary.text(.zh, 3, "1,000", 900) == "共 3 个组织，学员 1,000 人，已注册 900 人")
        #expect(CLIText.orgsSummary.text(.en, 3, "1,000", 900) == "3 organizations, 1,000 learners, 900 registered")
    }
}
