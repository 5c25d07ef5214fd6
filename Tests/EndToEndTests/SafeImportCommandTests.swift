import Foundation
import Testing

/// Issue #13 from the command line: undo, store paths that are never created by a read.
@Suite(
    "Safe imports from the command line",
    .enabled(if: TmuxHarness.executable(named: "xuexi-dash") != nil, "build xuexi-dash first"))
struct SafeImportCommandTests {
    typealias CLI = CommandLineExitCodeTests
    static let daily = CLI.samples + "/daily"

    /// Imports the org tree, the roster and then each file in `days` separately.
    static func store(days: [String]) throws -> String {
        let store = try CLI.temporaryStore()
        let roster = try CLI.run(
            ["import", CLI.samples + "/orgs.csv", CLI.samples + "/learners-gb18030.csv", "--store", store])
        #expect(roster.status == 0, "\(roster.errors)")
        for day in days {
            let run = try CLI.run(["import", "\(Self.daily)/\(day).csv", "--store", store])
            #expect(run.status == 0, "\(run.errors)")
        }
        return store
    }

    /// What a user compares: the org listing and each day's report.
    static func figures(_ store: String, days: [String]) throws -> [String] {
        var outputs = [try CLI.run(["orgs", "--format", "csv", "--store", store]).output]
        for day in days {
            let report = try CLI.run(["report", "daily", "--date", day, "--format", "json", "--store", store])
            #expect(report.status == 0, "\(report.errors)")
            outputs.append(report.output)
        }
        return outputs
    }

    @Test("Import three days, undo the second: every figure equals a store that never had it")
    func undoMiddleDay() throws {
        let store = try Self.store(days: ["2026-11-10", "2026-11-11", "2026-11-12"])
        let reference = try Self.store(days: ["2026-11-10", "2026-11-12"])
        let before = try Self.figures(store, days: ["2026-11-10", "2026-11-12"])
        // Import #4 is the second day (orgs #1, roster #2).
        let undo = try CLI.run(["imports", "undo", "4", "--store", store])
        #expect(undo.status == 0, "\(undo.errors)")
        #expect(undo.output.contains("#4"))
        let after = try Self.figures(store, days: ["2026-11-10", "2026-11-12"])
        #expect(after == (try Self.figures(reference, days: ["2026-11-10", "2026-11-12"])))
        #expect(after != before, "the undone day changed the later day's figures before")
        let imports = try CLI.run(["imports", "--format", "json", "--store", store]).output
        #expect(!imports.contains("2026-11-11.csv"))
        // The same file can be imported again afterwards: it is no duplicate any more.
        let again = try CLI.run(["import", "\(Self.daily)/2026-11-11.csv", "--store", store])
        #expect(again.status == 0)
        #expect(!again.output.contains("skipped"))
    }

    @Test("--org / --scope with an unknown code fail at the command line (exit 2)")
    func unknownOrg() throws {
        let store = try Self.store(days: ["2026-11-10"])
        for arguments in [
            ["snapshot", "--org", "NOPE"], ["snapshot", "--scope", "NOPE"], ["learners", "--org", "NOPE"],
            ["report", "daily", "--org", "NOPE"], ["dashboard", "--org", "NOPE"],
        ] {
            let run = try CLI.run(arguments + ["--store", store])
            #expect(run.status == 2, "\(arguments): \(run.errors)")
            #expect(run.errors.contains("No organization has the code NOPE"), "\(arguments): \(run.errors)")
        }
    }

    @Test("A file that is not a store is named as such: nothing changed, what to do (exit 3)")
    func foreignStore() throws {
        let path = try CLI.temporaryStore()
        try String(repeating: "not a database ", count: 20).write(toFile: path, atomically: true, encoding: .utf8)
        let run = try CLI.run(["orgs", "--store", path])
        #expect(run.status == 3)
        #expect(
            run.errors.contains("is not a store of this program, or it is damaged; nothing was changed"),
            "\(run.errors)")
        #expect(!run.errors.contains("SQLite error"))
    }

    @Test("A skipped duplicate names the earlier import and its day; the summary says nothing new")
    func duplicateSkipped() throws {
        let store = try Self.store(days: ["2026-11-10"])
        let again = try CLI.run(["import", "\(Self.daily)/2026-11-10.csv", "--store", store])
        #expect(again.status == 0)
        #expect(
            again.output.range(
                of: #"already imported on \d{4}-\d{2}-\d{2} \(#3\), skipped"#, options: .regularExpression) != nil,
            "\(again.output)")
        #expect(again.output.contains("Nothing new: 1 files"))
        #expect(!again.output.contains("Imported 1 files, 0 rows"))
        // The same roster as XLSX (other bytes, same content) is skipped as well.
        let roster = try CLI.run(["import", CLI.samples + "/learners.xlsx", "--store", store])
        #expect(roster.status == 0)
        #expect(roster.output.contains("(#2), skipped"), "\(roster.output)")
        #expect(!(try CLI.run(["imports", "--format", "json", "--store", store]).output.contains("learners.xlsx")))
    }

    @Test("A corrected day undone brings the earlier version of the day back")
    func undoCorrection() throws {
        let store = try Self.store(days: ["2026-11-10"])
        let original = try Self.figures(store, days: ["2026-11-10"])
        let text = try String(contentsOfFile: "\(Self.daily)/2026-11-10.csv", encoding: .utf8)
        var lines = text.components(separatedBy: "\r\n")
        // Every learner studies 5 more points in the corrected file.
        for index in 1..<lines.count where !lines[index].isEmpty {
            var cells = lines[index].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells[2] = String((Int(cells[2]) ?? 0) + 5)
            cells[3] = String((Int(cells[3]) ?? 0) + 5)
            lines[index] = cells.joined(separator: ",")
        }
        let corrected = FileManager.default.temporaryDirectory.appendingPathComponent(
            "xuexi-undo-\(UUID().uuidString)/2026-11-10.csv")
        try FileManager.default.createDirectory(
            at: corrected.deletingLastPathComponent(), withIntermediateDirectories: true)
        try lines.joined(separator: "\r\n").write(to: corrected, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["import", corrected.path, "--store", store]).status == 0)
        let listing = try CLI.run(["imports", "--format", "json", "--store", store]).output
        #expect(listing.contains("\"replaced\" : 1095"))
        #expect(try Self.figures(store, days: ["2026-11-10"]) != original)
        #expect(try CLI.run(["imports", "undo", "--last", "--store", store]).status == 0)
        #expect(try Self.figures(store, days: ["2026-11-10"]) == original)
    }

    @Test("Undoing a roster that later points depend on is refused with the list, unless --cascade")
    func undoRosterDependents() throws {
        let store = try Self.store(days: ["2026-11-10", "2026-11-11"])
        let before = try Self.figures(store, days: ["2026-11-10"])
        let refused = try CLI.run(["imports", "undo", "2", "--store", store])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("#3 2026-11-10.csv"))
        #expect(refused.errors.contains("#4 2026-11-11.csv"))
        #expect(try Self.figures(store, days: ["2026-11-10"]) == before, "a refused undo changes nothing")
        let cascaded = try CLI.run(["imports", "undo", "2", "--cascade", "--store", store])
        #expect(cascaded.status == 0, "\(cascaded.errors)")
        let orgsOnly = try CLI.temporaryStore()
        #expect(try CLI.run(["import", CLI.samples + "/orgs.csv", "--store", orgsOnly]).status == 0)
        #expect(
            try CLI.run(["orgs", "--format", "csv", "--store", store]).output
                == (try CLI.run(["orgs", "--format", "csv", "--store", orgsOnly]).output))
        #expect(try CLI.run(["imports", "undo", "99", "--store", store]).status == 1)
    }

    @Test("A read-only command on a missing store exits 3 and creates no file or folder")
    func missingStore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-typo-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("x.sqlite").path
        for arguments in [
            ["orgs"], ["learners"], ["imports"], ["alerts"], ["report", "daily"], ["snapshot"],
            ["imports", "undo", "--last"],
        ] {
            let run = try CLI.run(arguments + ["--store", path])
            #expect(run.status == 3, "\(arguments): \(run.errors)")
            #expect(run.errors.contains("No store found: \(path)"), "\(arguments): \(run.errors)")
            #expect(!FileManager.default.fileExists(atPath: folder.path), "\(arguments) created the folder")
        }
        let url = try CLI.run(["orgs", "--store", "postgresql://localhost/x"])
        #expect(url.status == 3)
        #expect(url.errors.contains("Cannot reach the PostgreSQL store"), "\(url.errors)")
        #expect(!FileManager.default.fileExists(atPath: "postgresql:"))
        let created = try CLI.run(["init", "--store", path])
        #expect(created.status == 0)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try CLI.run(["orgs", "--store", path]).status == 0)
    }

    /// The sample day 2026-11-10 rewritten for `day` (its date column and file name).
    static func dayFile(_ day: String) throws -> String {
        let text = try String(contentsOfFile: "\(daily)/2026-11-10.csv", encoding: .utf8)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-day-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("\(day).csv").path
        try text.replacingOccurrences(of: "2026-11-10", with: day).write(
            toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("A future-dated points file is refused (exit 1, store unchanged); --allow-future imports it")
    func futureDay() throws {
        let store = try Self.store(days: ["2026-11-10"])
        let before = try Self.figures(store, days: ["2026-11-10"])
        let log = try CLI.run(["imports", "--format", "json", "--store", store]).output
        let future = try Self.dayFile("2099-01-01")
        let refused = try CLI.run(["import", future, "--store", store])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("2099-01-01"))
        #expect(refused.errors.contains("--allow-future"))
        #expect(try Self.figures(store, days: ["2026-11-10"]) == before)
        #expect(try CLI.run(["imports", "--format", "json", "--store", store]).output == log)
        let allowed = try CLI.run(["import", future, "--allow-future", "--store", store])
        #expect(allowed.status == 0, "\(allowed.errors)")
        let report = try CLI.run(["report", "daily", "--date", "2099-01-01", "--format", "json", "--store", store])
        #expect(report.status == 0)
    }

    @Test("A day more than a year before the store's first day asks for --allow-old")
    func oldDay() throws {
        let store = try Self.store(days: ["2026-11-10"])
        let old = try Self.dayFile("2025-01-02")
        let refused = try CLI.run(["import", old, "--store", store])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("--allow-old"))
        #expect(try CLI.run(["import", old, "--allow-old", "--store", store]).status == 0)
        // Within the year is fine without the flag.
        #expect(try CLI.run(["import", try Self.dayFile("2026-01-05"), "--store", store]).status == 0)
    }

    @Test("activity_floor = 40 in config.toml fails naming the key and line; an unknown --theme is a usage error")
    func configMistakes() throws {
        let store = try Self.store(days: [])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("config.toml").path
        try "[alerts]\nactivity_target = 0.7\nactivity_floor = 40\n".write(
            toFile: config, atomically: true, encoding: .utf8)
        let run = try CLI.run(["report", "daily", "--config", config, "--store", store])
        #expect(run.status == 1)
        #expect(
            run.errors.contains("config.toml:3: alerts.activity_floor expects a rate between 0 and 1"), "\(run.errors)")
        let theme = try CLI.run(["snapshot", "--theme", "nope", "--store", store])
        #expect(theme.status == 2)
        #expect(theme.errors.contains("party-red"))
    }
}

/// CSV we write (issue #13): BOM, CRLF, and no cell a spreadsheet reads as a formula.
@Suite(
    "CSV output",
    .enabled(if: TmuxHarness.executable(named: "xuexi-dash") != nil, "build xuexi-dash first"))
struct CSVOutputTests {
    typealias CLI = CommandLineExitCodeTests

    /// The cells of a CSV document (RFC 4180 quoting), row by row.
    static func cells(_ text: String) -> [[String]] {
        var rows: [[String]] = [[]]
        var cell = ""
        var quoted = false
        var characters = Array(text.dropFirst())[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        cell.append("\"")
                        characters = characters.dropFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                rows[rows.count - 1].append(cell)
                cell = ""
            } else if character == "\r\n" {
                rows[rows.count - 1].append(cell)
                cell = ""
                rows.append([])
            } else {
                cell.append(character)
            }
        }
        return rows
    }

    @Test("Names beginning =, +, -, @ never reach a CSV cell as a formula; BOM and CRLF everywhere")
    func noFormulas() throws {
        let store = try CLI.temporaryStore()
        let folder = (store as NSString).deletingLastPathComponent
        let orgs = folder + "/orgs.csv"
        let learners = folder + "/learners.csv"
        let points = folder + "/2026-11-10.csv"
        try """
        组织编码,组织名称,上级组织编码,组织类型,应学人数,党员人数
        R,"+cmd|' /C calc'!A0",,街道,,
        B1,-2+3,R,党支部,3,2
        B2,@SUM(1+1),R,党支部,2,1

        """.write(toFile: orgs, atomically: true, encoding: .utf8)
        try """
        学员编号,姓名,组织编码,政治面貌,手机号,帮带人编号,注册日期
        L1,"=HYPERLINK(""http://x"",""点我"")",B1,中共党员,13800001111,,2024-01-01
        L2,+SUM(A1),B1,群众,13800002222,,2024-01-01
        L3,-1+1,B2,群众,13800003333,,2024-01-01
        L4,@A1,B2,群众,13800004444,,2024-01-01

        """.write(toFile: learners, atomically: true, encoding: .utf8)
        try "日期,学员编号,当日积分,总积分\n2026-11-10,L1,30,100\n2026-11-10,L2,0,50\n2026-11-10,L3,12,70\n2026-11-10,L4,5,9\n"
            .write(toFile: points, atomically: true, encoding: .utf8)
        let imported = try CLI.run(["import", orgs, learners, points, "--store", store])
        #expect(imported.status == 0, "\(imported.errors)")
        let outputs = [
            ["orgs", "--format", "csv"], ["learners", "--format", "csv"], ["imports", "--format", "csv"],
            ["report", "daily", "--format", "csv"], ["alerts", "list", "--format", "csv"],
        ]
        var names: [String] = []
        for arguments in outputs {
            let run = try CLI.run(arguments + ["--store", store])
            #expect(run.status == 0, "\(arguments): \(run.errors)")
            #expect(run.output.hasPrefix("\u{FEFF}"), "\(arguments): no BOM")
            #expect(run.output.hasSuffix("\r\n"), "\(arguments)")
            #expect(!run.output.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "\(arguments): a bare LF")
            for row in Self.cells(run.output) {
                for cell in row {
                    names.append(cell)
                    let first = cell.unicodeScalars.first
                    let plainNumber = cell.range(of: #"^[-+]?[0-9]+(\.[0-9]+)?%?$"#, options: .regularExpression) != nil
                    #expect(
                        first.map { !"=+-@\t\r".unicodeScalars.contains($0) } ?? true || plainNumber,
                        "\(arguments): cell \(cell)")
                }
            }
        }
        #expect(names.contains("'=HYPERLINK(\"http://x\",\"点我\")"))
        #expect(names.contains("'+cmd|' /C calc'!A0"))
        #expect(names.contains("'@SUM(1+1)"))
        #expect(names.contains("'-1+1"))
    }
}
