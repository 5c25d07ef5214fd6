import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiImport
@testable import XuexiModel

@Suite("Readers: CSV")
struct ReadersCSVTests {
    private func readAll(_ url: URL, encoding: TextEncodingChoice = .auto, chunkSize: Int? = nil) throws -> [TabularRow]
    {
        var reader =
            try chunkSize.map {
                try CSVReader(url: url, encoding: encoding, language: .en, delimiter: ",", chunkSize: $0)
            } ?? CSVReader(url: url, encoding: encoding, language: .en)
        var rows: [TabularRow] = []
        while let row = try reader.nextRow() { rows.append(row) }
        return rows
    }

    /// The ImportProblem a reader throws, and the rows it gave before.
    private func readUntilProblem(_ url: URL, encoding: TextEncodingChoice = .auto) throws -> (
        rows: [TabularRow], problem: ImportProblem?
    ) {
        var reader = try CSVReader(url: url, encoding: encoding, language: .en)
        var rows: [TabularRow] = []
        do {
            while let row = try reader.nextRow() { rows.append(row) }
        } catch let problem as ImportProblem {
            return (rows, problem)
        }
        return (rows, nil)
    }

    @Test func utf8WithBOMAndCRLF() throws {
        var reader = try CSVReader(url: ReaderFixtures.url("orgs-utf8-bom-crlf.csv"))
        #expect(reader.detectedEncoding == .utf8)
        var rows: [TabularRow] = []
        while let row = try reader.nextRow() { rows.append(row) }
        #expect(rows.count == 19)
        #expect(rows[0] == TabularRow(line: 1, cells: ["组织编码", "组织名称", "上级组织编码", "组织类型", "应学人数", "党员人数"]))
        #expect(rows[1] == TabularRow(line: 2, cells: ["O0", "大营村党委", "", "村", "", ""]))
        #expect(rows[18] == TabularRow(line: 19, cells: ["O17", "学习小组00018", "O5", "学习小组", "86", "11"]))
        #expect(rows.allSatisfy { row in row.cells.allSatisfy { !$0.contains("\r") && !$0.contains("\u{FEFF}") } })
    }

    @Test func gb18030WithoutBOMIsDetected() throws {
        var reader = try CSVReader(url: ReaderFixtures.url("learners-gb18030-head.csv"))
        #expect(reader.detectedEncoding == .gb18030)
        var rows: [TabularRow] = []
        while let row = try reader.nextRow() { rows.append(row) }
        #expect(rows.count == 50)
        #expect(rows[0] == TabularRow(line: 1, cells: ["学员编号", "姓名", "组织编码", "政治面貌", "手机号", "帮带人编号", "注册日期"]))
        #expect(
            rows[1] == TabularRow(line: 2, cells: ["L0000000", "贺凤", "O15", "群众", "18448557085", "", "2026-03-28"]))
        #expect(
            rows[49]
                == TabularRow(line: 50, cells: ["L0000048", "冯兰", "O7", "群众", "16159894367", "L0001094", "2024-12-17"]))
    }

    @Test func forcedEncoding() throws {
        let gbk = ReaderFixtures.url("learners-gb18030-head.csv")
        let forcedGB = try readAll(gbk, encoding: .gb18030)
        #expect(forcedGB == (try readAll(gbk)))

        // Forcing UTF-8 on a GBK file stops at the first Chinese text with the way out.
        let (rows, problem) = try readUntilProblem(gbk, encoding: .utf8)
        #expect(rows.isEmpty)
        #expect(
            problem
                == ImportProblem(
                    file: "learners-gb18030-head.csv", line: 1,
                    expected: "UTF-8 text (if the file is GBK/GB18030, use --encoding gb18030)"))

        let scratch = try ScratchDirectory()
        let ascii = try scratch.file("ascii.csv", text: "a,b\n1,2\n")
        var reader = try CSVReader(url: ascii, encoding: .gb18030)
        #expect(reader.detectedEncoding == .gb18030)
        #expect(try reader.nextRow() == TabularRow(line: 1, cells: ["a", "b"]))

        #expect(TextEncodingChoice(argument: "gbk") == .gb18030)
        #expect(TextEncodingChoice(argument: "GB18030") == .gb18030)
        #expect(TextEncodingChoice(argument: "UTF-8") == .utf8)
        #expect(TextEncodingChoice(argument: "auto") == .auto)
        #expect(TextEncodingChoice(argument: "latin1") == nil)
    }

    @Test func quotedCommaAndNewlineKeepLineNumbers() throws {
        let scratch = try ScratchDirectory()
        let url = try scratch.file(
            "notes.csv", text: "id,note,n\r\n1,\"a, b\r\nc\",2\r\n3,plain,4\n\"x\ny\nz\",\"\",5\n6,7,8")
        let rows = try readAll(url)
        #expect(
            rows == [
                TabularRow(line: 1, cells: ["id", "note", "n"]),
                TabularRow(line: 2, cells: ["1", "a, b\r\nc", "2"]),
                TabularRow(line: 4, cells: ["3", "plain", "4"]),
                TabularRow(line: 5, cells: ["x\ny\nz", "", "5"]),
                TabularRow(line: 8, cells: ["6", "7", "8"]),
            ])
    }

    @Test func doubledQuotesAndStrayQuotes() throws {
        let scratch = try ScratchDirectory()
        let url = try scratch.file("quotes.csv", text: "\"He said \"\"hi\"\"\",\"\"\"\",ab\"c,\"ab\"c, spaced \n")
        let rows = try readAll(url)
        #expect(rows == [TabularRow(line: 1, cells: ["He said \"hi\"", "\"", "ab\"c", "abc", " spaced "])])
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpened() throws {
        let scratch = try ScratchDirectory()
        let url = try scratch.file("open.csv", text: "a,b\n1,2\n3,\"never\nclosed,4\n5,6\n")
        let (rows, problem) = try readUntilProblem(url)
        #expect(rows == [TabularRow(line: 1, cells: ["a", "b"]), TabularRow(line: 2, cells: ["1", "2"])])
        #expect(
            problem
                == ImportProblem(
                    file: "open.csv", line: 3,
                    expected: "a closing quote (\") for the quoted field that opens on this line"))
        #expect(
            problem?.message(.en)
                == "open.csv line 3: expected a closing quote (\") for the quoted field that opens on this line")
        #expect(
            problem.map {
                ImportProblem(
                    file: $0.file, line: $0.line, expected: StringTable.text(ReaderText.csvUnterminatedQuote, .zh))
            }?
            .message(.zh) == "open.csv 第 3 行，应为与本行引号配对的结束引号（\"）")

        // The quote that never closes opens on the record's second physical line.
        let later = try scratch.file("later.csv", text: "a,\"b\nc\",\"d\n")
        #expect(try readUntilProblem(later).problem?.line == 2)
    }

    @Test func emptyFileHasNoRows() throws {
        let scratch = try ScratchDirectory()
        #expect(try readAll(try scratch.file("empty.csv", text: "")).isEmpty)
        #expect(try readAll(try scratch.file("blank.csv", text: "\r\n\n")).isEmpty)
        #expect(try readAll(try scratch.file("bom.csv", bytes: [0xEF, 0xBB, 0xBF])).isEmpty)
    }

    @Test func headerOnly() throws {
        let scratch = try ScratchDirectory()
        let expected = [TabularRow(line: 1, cells: ["日期", "学员编号", "当日积分", "总积分"])]
        #expect(try readAll(try scratch.file("h1.csv", text: "日期,学员编号,当日积分,总积分\r\n")) == expected)
        #expect(try readAll(try scratch.file("h2.csv", text: "日期,学员编号,当日积分,总积分")) == expected)
    }

    @Test func blankLinesAndLineEndings() throws {
        let scratch = try ScratchDirectory()
        let url = try scratch.file("ends.csv", text: "a\n\n\nb,\r\nc\rd,,\r\n,\n")
        #expect(
            try readAll(url) == [
                TabularRow(line: 1, cells: ["a"]),
                TabularRow(line: 4, cells: ["b", ""]),
                TabularRow(line: 5, cells: ["c"]),
                TabularRow(line: 6, cells: ["d", "", ""]),
                TabularRow(line: 7, cells: ["", ""]),
            ])
    }

    @Test func invalidUTF8MidFileWhenForced() throws {
        let scratch = try ScratchDirectory()
        var bytes = Array("学员编号,姓名\n".utf8)
        bytes += Array("L0000001,张三\n".utf8)
        bytes += Array("L0000002,".utf8) + [UInt8].gb18030("李四") + Array("\n".utf8)
        let url = try scratch.file("mixed.csv", bytes: bytes)
        let (rows, problem) = try readUntilProblem(url, encoding: .utf8)
        #expect(rows.map(\.line) == [1, 2])
        #expect(
            problem
                == ImportProblem(
                    file: "mixed.csv", line: 3,
                    expected: "UTF-8 text (if the file is GBK/GB18030, use --encoding gb18030)"))
    }

    @Test func gbkTextAfterTheDetectionChunk() throws {
        // More than a chunk of ASCII makes detection say UTF-8; the reader must still stop at
        // the first GBK line with its number rather than decode it into replacement characters.
        let scratch = try ScratchDirectory()
        var bytes = Array("id,name\n".utf8)
        for index in 0..<60_000 { bytes += Array("L\(100_000 + index),ascii name only\n".utf8) }
        bytes += Array("L9,".utf8) + [UInt8].gb18030("王五") + Array("\n".utf8)
        let url = try scratch.file("late.csv", bytes: bytes)
        #expect(bytes.count > CSVInputBuffer.defaultChunkSize)
        var reader = try CSVReader(url: url, language: .en)
        #expect(reader.detectedEncoding == .utf8)
        var count = 0
        var thrown: ImportProblem?
        do {
            while try reader.nextRow() != nil { count += 1 }
        } catch let problem as ImportProblem {
            thrown = problem
        }
        #expect(count == 60_001)
        #expect(
            thrown
                == ImportProblem(
                    file: "late.csv", line: 60_002,
                    expected: "UTF-8 text (if the file is GBK/GB18030, use --encoding gb18030)"))
    }

    @Test func invalidGB18030NamesTheLine() throws {
        let scratch = try ScratchDirectory()
        var bytes = [UInt8].gb18030("姓名,组织\n张三,一支部\n")
        bytes += [UInt8].gb18030("李四,") + [0x81, 0x20] + Array("\n".utf8)
        let url = try scratch.file("bad-gbk.csv", bytes: bytes)
        let (rows, problem) = try readUntilProblem(url)
        #expect(rows == [TabularRow(line: 1, cells: ["姓名", "组织"]), TabularRow(line: 2, cells: ["张三", "一支部"])])
        #expect(
            problem
                == ImportProblem(
                    file: "bad-gbk.csv", line: 3, expected: "GB18030 text (if the file is UTF-8, use --encoding utf8)"))
    }

    @Test func everyChunkBoundaryGivesTheSameRows() throws {
        let scratch = try ScratchDirectory()
        let text = "学员编号,备注,分\r\n\"L1\",\"多行\r\n文本, 含逗号\",\"5\"\"\"\r\nL2,𠀀汉字,7\r\r\n\"\",,\n\"末行\""
        let utf8 = try scratch.file("chunks-utf8.csv", text: text)
        let gbk = try scratch.file("chunks-gbk.csv", bytes: .gb18030(text))
        let expected = [
            TabularRow(line: 1, cells: ["学员编号", "备注", "分"]),
            TabularRow(line: 2, cells: ["L1", "多行\r\n文本, 含逗号", "5\""]),
            TabularRow(line: 4, cells: ["L2", "𠀀汉字", "7"]),
            TabularRow(line: 6, cells: ["", "", ""]),
            TabularRow(line: 7, cells: ["末行"]),
        ]
        #expect(try readAll(utf8) == expected)
        #expect(try readAll(gbk) == expected)
        for chunkSize in 1...24 {
            #expect(try readAll(utf8, encoding: .utf8, chunkSize: chunkSize) == expected, "UTF-8, chunk \(chunkSize)")
            #expect(
                try readAll(gbk, encoding: .gb18030, chunkSize: chunkSize) == expected, "GB18030, chunk \(chunkSize)")
        }
    }

    @Test func utf16AndMissingFilesAreExplained() throws {
        let scratch = try ScratchDirectory()
        let utf16 = try scratch.file("unicode.txt", bytes: [0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00])
        #expect(
            throws: ImportProblem(
                file: "unicode.txt", expected: "a UTF-8 or GB18030 CSV (this file is UTF-16; save it as \"CSV UTF-8\")")
        ) {
            try CSVReader(url: utf16, language: .en)
        }
        #expect(throws: ImportProblem(file: "absent.csv", expected: "a readable file (no such file or folder)")) {
            try CSVReader(url: scratch.url.appendingPathComponent("absent.csv"), language: .en)
        }
        // The cause in the UI language, not strerror's English; a folder is named as one.
        #expect(throws: ImportProblem(file: "absent.csv", expected: "可读取的文件（文件或文件夹不存在）")) {
            try CSVReader(url: scratch.url.appendingPathComponent("absent.csv"), language: .zh)
        }
        #expect(throws: ImportProblem(file: scratch.url.lastPathComponent, expected: "可读取的文件（这是一个文件夹，不是文件）")) {
            try CSVReader(url: scratch.url, language: .zh)
        }
    }
}
