import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiImport

@Suite("Readers: XLSX")
struct ReadersXLSXTests {
    private func readAll(_ url: URL, sheet: String? = nil) throws -> [TabularRow] {
        var reader = try XLSXReader(url: url, sheet: sheet, language: .en)
        var rows: [TabularRow] = []
        while let row = try reader.nextRow() { rows.append(row) }
        return rows
    }

    @Test func sharedStringsRoster() throws {
        let url = ReaderFixtures.url("learners.xlsx")
        #expect(try XLSXReader.sheetNames(url: url) == ["学员名单"])
        let rows = try readAll(url)
        #expect(rows.count == 1096)
        #expect(rows[0] == TabularRow(line: 1, cells: ["学员编号", "姓名", "组织编码", "政治面貌", "手机号", "帮带人编号", "注册日期"]))
        // F2 is absent in the sheet: the gap is filled.
        #expect(
            rows[1] == TabularRow(line: 2, cells: ["L0000000", "贺凤", "O15", "群众", "18448557085", "", "2026-03-28"]))
        #expect(rows.last?.line == 1096)

        // Same roster as the GB18030 CSV, cell for cell.
        var csv = try CSVReader(url: ReaderFixtures.url("learners-gb18030-head.csv"))
        var index = 0
        while let row = try csv.nextRow() {
            #expect(
                rows[index].cells + Array(repeating: "", count: row.cells.count - rows[index].cells.count) == row.cells)
            index += 1
        }
        #expect(index == 50)
    }

    @Test func inlineStringsAndNumbers() throws {
        let url = ReaderFixtures.url("daily-2026-11-20.xlsx")
        #expect(try XLSXReader.sheetNames(url: url) == ["学习积分"])
        let rows = try readAll(url)
        #expect(rows.count == 1096)
        #expect(rows[0] == TabularRow(line: 1, cells: ["日期", "学员编号", "当日积分", "总积分"]))
        #expect(rows[1] == TabularRow(line: 2, cells: ["2026-11-20", "L0000000", "40", "6429"]))
        #expect(rows[2] == TabularRow(line: 3, cells: ["2026-11-20", "L0000001", "35", "14991"]))
    }

    @Test func cellTypesDatesGapsAndEmptyRows() throws {
        let rows = try readAll(ReaderFixtures.url("formats.xlsx"))
        #expect(
            rows == [
                TabularRow(line: 1, cells: ["名称", "数量", "日期", "日期时间", "时间", "布尔", "说明"]),
                TabularRow(
                    line: 2, cells: ["甲", "40", "2026-11-20", "2026-11-20 12:00:00", "18:00:00", "TRUE", "富文本 "]),
                TabularRow(line: 3, cells: ["甲乙", "6429", "2023-03-15", "#N/A", "", "FALSE", "1.5"]),
                TabularRow(line: 5, cells: ["x", "", "", "18448557085"]),
                TabularRow(line: 6, cells: ["no-ref-1", "no-ref-2"]),
                TabularRow(line: 8, cells: ["", "", "c-only"]),
                TabularRow(line: 9, cells: ["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "-12.25", "0.1"]),
                TabularRow(line: 10, cells: ["a&b <c> \"q\"", " lead", "line1\nline2"]),
            ])
    }

    @Test func batchesAndTemporaryFileGiveTheSameRows() throws {
        for name in ["formats.xlsx", "learners.xlsx"] {
            let url = ReaderFixtures.url(name)
            let expected = try readAll(url)
            for chunkSize in [1, 7, 64, 1000] {
                var reader = try XLSXReader(url: url, sheet: nil, language: .en, memoryLimit: 0, chunkSize: chunkSize)
                var rows: [TabularRow] = []
                while let row = try reader.nextRow() { rows.append(row) }
                #expect(rows == expected, "\(name), chunk \(chunkSize)")
            }
        }
    }

    @Test func memberReportTable() throws {
        let url = ReaderFixtures.url("member-report-2026-11-21.xlsx")
        #expect(try XLSXReader.sheetNames(url: url) == ["成员积分"])
        let rows = try readAll(url)
        #expect(rows.count == 187)
        #expect(rows[0].cells == ["序号", "姓名", "激活状态", "所在部门", "计入年度积分", "计入总积分", "总积分", "用户ID", "部门ID"])
        #expect(
            rows[1]
                == TabularRow(
                    line: 2,
                    cells: ["1", "周涵", "已激活", "其他,离退休党支部党员组", "53", "53", "7929", "757977371372", "-1,150015482607"]))
        #expect(rows.last?.line == 187)
        #expect(rows.filter { $0.cells[2] == "未激活" }.count == 11)
    }

    @Test func sheetSelection() throws {
        let url = ReaderFixtures.url("formats.xlsx")
        #expect(try XLSXReader.sheetNames(url: url) == ["数据", "Second Sheet", "空表"])
        let second = [
            TabularRow(line: 1, cells: ["学员编号", "总积分"]),
            TabularRow(line: 2, cells: ["L0000001", "14991"]),
        ]
        #expect(try readAll(url, sheet: "Second Sheet") == second)
        #expect(try readAll(url, sheet: " second sheet ") == second)
        #expect(try readAll(url, sheet: "空表").isEmpty)
        let reader = try XLSXReader(url: url, sheet: "second sheet")
        #expect(reader.sheetName == "Second Sheet")
    }

    @Test func unknownSheetListsTheSheets() throws {
        let url = ReaderFixtures.url("formats.xlsx")
        let expected = ImportProblem(
            file: "formats.xlsx", value: "Sheet9", expected: "one of the sheets \"数据\", \"Second Sheet\", \"空表\"")
        #expect(throws: expected) { try XLSXReader(url: url, sheet: "Sheet9", language: .en) }
        do {
            _ = try XLSXReader(url: url, sheet: "Sheet9")
            Issue.record("no error")
        } catch let problem as ImportProblem {
            #expect(problem.message(.zh) == "formats.xlsx，值“Sheet9”，应为以下工作表之一：“数据”、“Second Sheet”、“空表”")
        }
    }

    @Test func truncatedWorkbook() throws {
        let scratch = try ScratchDirectory()
        let bytes = [UInt8](try ReaderFixtures.data("learners.xlsx"))
        let url = try scratch.file("truncated.xlsx", bytes: Array(bytes.prefix(bytes.count / 2)))
        let expected = ImportProblem(
            file: "truncated.xlsx",
            expected: "a complete XLSX workbook (the file is damaged or truncated: the ZIP directory cannot be read)")
        #expect(throws: expected) { try XLSXReader(url: url, language: .en) }
        #expect(throws: expected) { try XLSXReader.sheetNames(url: url, language: .en) }
        #expect(throws: expected) { try TabularFile.open(url: url, language: .en) }
    }

    @Test func corruptedSheetData() throws {
        // Bytes flipped inside the compressed sheet: the directory is fine, the part is not.
        let scratch = try ScratchDirectory()
        var bytes = [UInt8](try ReaderFixtures.data("learners.xlsx"))
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        let header = (0..<(bytes.count - name.count)).first { Array(bytes[$0..<($0 + name.count)]) == name }!
        for offset in (header + name.count + 500)..<(header + name.count + 520) { bytes[offset] ^= 0x5A }
        let url = try scratch.file("corrupt.xlsx", bytes: bytes)
        #expect(
            throws: ImportProblem(
                file: "corrupt.xlsx",
                expected:
                    "a complete XLSX workbook (the file is damaged or truncated: xl/worksheets/sheet1.xml cannot be extracted)"
            )
        ) {
            try XLSXReader(url: url, language: .en)
        }
    }

    @Test func csvRenamedToXLSX() throws {
        let scratch = try ScratchDirectory()
        let url = try scratch.file("roster.xlsx", bytes: [UInt8](try ReaderFixtures.data("orgs-utf8-bom-crlf.csv")))
        let expected = ImportProblem(file: "roster.xlsx", expected: "an XLSX workbook (ZIP archive)")
        #expect(throws: expected) { try XLSXReader(url: url, language: .en) }
        #expect(throws: expected) { try TabularFile.open(url: url, language: .en) }
        do {
            _ = try TabularFile.open(url: url)
            Issue.record("no error")
        } catch let problem as ImportProblem {
            #expect(problem.message(.zh) == "roster.xlsx，应为XLSX 工作簿（ZIP 压缩包）")
        }

        let old = try scratch.file("old.xls", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])
        #expect(
            throws: ImportProblem(
                file: "old.xls", expected: "an XLSX workbook (this is an old .xls file; save it as .xlsx)")
        ) {
            try TabularFile.open(url: old, language: .en)
        }
    }

    @Test func numberAndDateText() {
        #expect(XLSXCellText.number("40") == "40")
        #expect(XLSXCellText.number("-7") == "-7")
        #expect(XLSXCellText.number("6429.0") == "6429")
        #expect(XLSXCellText.number("1.8448557085E10") == "18448557085")
        #expect(XLSXCellText.number("0.30000000000000004") == "0.30000000000000004")
        #expect(XLSXCellText.number("1E+300") == "1E+300")
        #expect(XLSXCellText.date("46346", kind: .date, uses1904: false) == "2026-11-20")
        #expect(XLSXCellText.date("46346.75", kind: .date, uses1904: false) == "2026-11-20")
        #expect(XLSXCellText.date("46346.75", kind: .dateTime, uses1904: false) == "2026-11-20 18:00:00")
        #expect(XLSXCellText.date("44884", kind: .date, uses1904: true) == "2026-11-20")
        #expect(XLSXCellText.date("1.5", kind: .time, uses1904: false) == "36:00:00")
        #expect(XLSXStyles.kind(formatCode: "yyyy\"年\"m\"月\"d\"日\"") == .date)
        #expect(XLSXStyles.kind(formatCode: "[$-804]yyyy/m/d h:mm") == .dateTime)
        #expect(XLSXStyles.kind(formatCode: "[h]:mm:ss") == .time)
        #expect(XLSXStyles.kind(formatCode: "mm:ss") == .time)
        #expect(XLSXStyles.kind(formatCode: "[Red]#,##0.00;[Blue]-#,##0.00") == .number)
        #expect(XLSXStyles.kind(formatCode: "0.00\"分 days\"") == .number)
        #expect(XLSXStyles.kind(formatCode: "General") == .number)
        #expect(XLSXStyles.kind(builtin: 14) == .date)
        #expect(XLSXStyles.kind(builtin: 22) == .dateTime)
        #expect(XLSXStyles.kind(builtin: 3) == .number)
    }
}
