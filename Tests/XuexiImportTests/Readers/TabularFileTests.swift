import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiImport

@Suite("Readers: tabular file")
struct ReadersTabularFileTests {
    private func rows(_ source: inout any TabularRowSource) throws -> [TabularRow] {
        var rows: [TabularRow] = []
        while let row = try source.nextRow() { rows.append(row) }
        return rows
    }

    @Test func picksTheReaderByContent() throws {
        let scratch = try ScratchDirectory()
        // A workbook saved under a .csv name still opens as a workbook.
        let workbook = try scratch.file(
            "2026-11-20.csv", bytes: [UInt8](try ReaderFixtures.data("daily-2026-11-20.xlsx")))
        var source = try TabularFile.open(url: workbook, encoding: .auto, sheet: nil)
        #expect(source is XLSXReader)
        #expect(source.fileName == "2026-11-20.csv")
        #expect(try source.nextRow() == TabularRow(line: 1, cells: ["日期", "学员编号", "当日积分", "总积分"]))

        var csv = try TabularFile.open(
            url: ReaderFixtures.url("learners-gb18030-head.csv"), encoding: .auto, sheet: nil)
        #expect(csv is CSVReader)
        #expect(try rows(&csv).count == 50)

        var named = try TabularFile.open(
            url: ReaderFixtures.url("formats.xlsx"), encoding: .auto, sheet: "Second Sheet")
        #expect(try rows(&named).count == 2)

        let tsv = try scratch.file("export.tsv", text: "学员编号\t总积分\nL1\t5,5\n")
        var tabbed = try TabularFile.open(url: tsv, encoding: .auto, sheet: nil)
        #expect(
            try rows(&tabbed) == [
                TabularRow(line: 1, cells: ["学员编号", "总积分"]),
                TabularRow(line: 2, cells: ["L1", "5,5"]),
            ])
    }
}
