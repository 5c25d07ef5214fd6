import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiImport
@testable import XuexiModel

/// Counts as offices' spreadsheets write them (issue #13): separators, full-width digits,
/// spaces and ".0" import with their values; words, letters and negatives stay refused
/// with file, line and column.
@Suite("Import: numbers as written")
struct ImportNumbersTests {
    @Test("Count cells: accepted forms and their values")
    func countCells() {
        let accepted: [(String, Int)] = [
            ("11,082", 11_082), ("1，234", 1_234), ("１２３", 123), (" 42 ", 42), ("\u{3000}7\u{3000}", 7),
            ("40.0", 40), ("1,234,567", 1_234_567), ("１，２３４．０", 1_234), ("1.1082E4", 11_082), ("0", 0),
        ]
        for (text, value) in accepted { #expect(CountCell(text) == .value(value), "\(text)") }
        for text in ["四十", "12a", "-3", "1,23", "12,3456", ",123", "1.5", "1 234", "－５"] {
            #expect(CountCell(text) == .invalid, "\(text)")
        }
        #expect(CountCell("  ") == .empty)
    }

    @Test("A points file with thousands separators and full-width digits imports the right values")
    func separatedAndFullWidth() throws {
        let fixture = try ImportFixture()
        try fixture.seed()
        let file = try fixture.write(
            "2026-11-03.csv",
            ImportFixture.pointsHeader
                + "2026-11-03,L1,25,\"11,082\"\n2026-11-03,L2,１２,\"1，234\"\n2026-11-03,L3, 30 ,40.0\n2026-11-03,L4,0,０\n"
        )
        try fixture.run([file])
        let history = try fixture.store.pointsHistory(
            learnerIds: [1, 2, 3, 4], from: Day(year: 2026, month: 11, day: 3), count: 1)
        #expect(history[1]?.points == [25])
        #expect(history[1]?.totalPoints == 11_082)
        #expect(history[2]?.points == [12])
        #expect(history[2]?.totalPoints == 1_234)
        #expect(history[3]?.points == [30])
        #expect(history[3]?.totalPoints == 40)
        #expect(history[4]?.totalPoints == 0)
    }

    @Test("Words, letters and negatives are still refused with file, line and column")
    func stillRefused() throws {
        for (value, cell) in [("四十", "四十"), ("12a", "12a"), ("-5", "-5")] {
            let fixture = try ImportFixture()
            try fixture.seed()
            let before = try fixture.fingerprint()
            let file = try fixture.write(
                "p.csv", ImportFixture.pointsHeader + "2026-11-03,L1,10,100\n2026-11-03,L2,\(value),50\n")
            let failure = try fixture.failure([file])
            #expect(
                failure.problems.first?.message(.en)
                    == "p.csv line 3: column \"当日积分\": value \"\(cell)\": expected a non-negative whole number")
            #expect(try fixture.fingerprint() == before)
        }
    }

    @Test("A picture or a ZIP saved as .csv is named as such, without quoting its bytes")
    func foreignFiles() throws {
        let fixture = try ImportFixture()
        let png = try fixture.write("pic.csv", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x41])
        let failure = try fixture.failure([png])
        #expect(
            failure.problems.first?.message(.en)
                == "pic.csv: expected a CSV, XLSX or JSON export, but this is a PNG file")
        let zip = try fixture.write("z.csv", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])
        #expect(try fixture.failure([zip]).problems.first?.message(.en).contains("this is a ZIP file") == true)
    }
}
