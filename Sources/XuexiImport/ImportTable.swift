import Foundation
import XuexiModel

/// The problems of one file, worded in the import's language.
struct FileProblems {
    let file: String
    let language: Language
    private(set) var collector = ProblemCollector()

    init(file: String, language: Language) {
        self.file = file
        self.language = language
    }

    var isEmpty: Bool { collector.isEmpty }

    func text(_ key: ImportText, _ arguments: CustomStringConvertible...) -> String {
        StringTable.text(key, language, arguments: arguments)
    }

    /// Adds a problem whose expectation is the text of `key`.
    mutating func add(
        line: Int? = nil, column: String? = nil, value: String? = nil, _ key: ImportText,
        _ arguments: CustomStringConvertible...
    ) {
        collector.add(
            ImportProblem(
                file: file, line: line, column: column, value: value,
                expected: StringTable.text(key, language, arguments: arguments)))
    }

    func throwIfAny() throws { try collector.throwIfAny() }
}

/// A tabular input file past its header: the rows still to read and the header's mapping.
struct OpenedTable {
    var rows: any TabularRowSource
    let columns: ColumnMap
    var problems: FileProblems

    /// The next row that is not blank, or nil at the end.
    mutating func nextRow() throws -> TabularRow? {
        while let row = try rows.nextRow() {
            if !row.cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { return row }
        }
        return nil
    }
}

/// A cell holding a count: empty, a non-negative whole number, or something else.
enum CountCell: Equatable {
    case empty
    case value(Int)
    case invalid

    init(_ text: String?) {
        guard let text, !text.isEmpty else {
            self = .empty
            return
        }
        // The common case first: a plain count, parsed without allocating.
        if let value = Int(text), value >= 0 {
            self = .value(value)
            return
        }
        self = CountCell(written: text)
    }

    /// A count as offices' spreadsheets write it: surrounding (also full-width) spaces,
    /// full-width digits, thousands separators in groups of three ("11,082", "1，234"),
    /// a trailing ".0", or an XLSX number cell's text ("1.1082E4"). Words ("四十"), letters
    /// ("12a"), fractions and negatives stay invalid.
    private init(written text: String) {
        var normalized = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: normalized.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0C: normalized.append(",")
            case 0xFF0E: normalized.append(".")
            default: normalized.unicodeScalars.append(scalar)
            }
        }
        let trimmed = normalized.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            self = .empty
            return
        }
        var whole = Substring(trimmed)
        var fraction: Substring = ""
        if let dot = trimmed.firstIndex(of: ".") {
            whole = trimmed[..<dot]
            fraction = trimmed[trimmed.index(after: dot)...]
        }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        let groupsValid =
            groups.count == 1
            || (groups[0].count >= 1 && groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
        let digits = groups.joined()
        if groupsValid, !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), fraction.allSatisfy({ $0 == "0" }),
            let value = Int(digits)
        {
            self = .value(value)
            return
        }
        // An XLSX number cell in scientific notation, whole and non-negative.
        if trimmed.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "E" || $0 == "e" || $0 == "+" }),
            let value = Double(trimmed), value >= 0, value.rounded() == value, value < 1e15
        {
            self = .value(Int(value))
            return
        }
        self = .invalid
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Importer {
    func openTable(_ url: URL) throws -> any TabularRowSource {
        try TabularFile.open(url: url, encoding: options.encoding, sheet: options.sheet, language: options.language)
    }

    /// The prologue every tabular import shares: opens the file, maps its header (failing
    /// clearly on an empty file) and reports each `required` column that is missing, plus
    /// whatever `check` finds in the mapping.
    func openTable(
        _ file: PendingFile, kind: ImportKind, required: [ImportField],
        check: (ColumnMap, inout FileProblems) -> Void = { _, _ in }
    ) throws -> OpenedTable {
        var source = try openTable(file.url)
        var problems = FileProblems(file: file.displayName, language: options.language)
        guard let header = try source.nextRow() else {
            throw ImportFailure(
                ImportProblem(
                    file: file.displayName, line: 1,
                    expected: text(ImportText.expectedHeader)))
        }
        let columns = ColumnMap(headers: header.cells, kind: kind)
        for field in required where columns[field] == nil {
            problems.add(line: 1, ImportText.expectedColumn, field.aliases[0])
        }
        check(columns, &problems)
        try problems.throwIfAny()
        return OpenedTable(rows: source, columns: columns, problems: problems)
    }
}
