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
        if let value = Int(text), value >= 0 {
            self = .value(value)
            return
        }
        // Spreadsheets sometimes write whole numbers as "12.0".
        if let value = Double(text), value >= 0, value.rounded() == value, value < 1e15 {
            self = .value(Int(value))
            return
        }
        self = .invalid
    }
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
