import XuexiModel

/// One thing wrong with an input file, located precisely enough to fix it by hand:
/// the file, the line (1-based, physical line where the record starts; XLSX row number),
/// the column (header name, or letter/number when there is no header), the value found and
/// what was expected. `expected` is already in the UI language.
public struct ImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: String?
    public var value: String?
    public var expected: String

    public init(file: String, line: Int? = nil, column: String? = nil, value: String? = nil, expected: String) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.expected = expected
    }

    public func message(_ language: Language) -> String {
        var parts: [String] = []
        if let line {
            parts.append(StringTable.text(ImportText.problemLocation, language, file, line))
        } else {
            parts.append(file)
        }
        if let column { parts.append(StringTable.text(ImportText.problemColumn, language, column)) }
        if let value { parts.append(StringTable.text(ImportText.problemValue, language, value)) }
        parts.append(StringTable.text(ImportText.problemExpected, language, expected))
        return parts.joined(separator: language == .zh ? "，" : ": ")
    }

    public var description: String { message(.en) }
}

/// Every problem found in one import attempt. Importers collect up to `limit` problems and
/// count the rest, so one bad column does not bury the terminal in thousands of lines.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public static let listedLimit = 20
    public var problems: [ImportProblem]
    public var unlistedCount: Int

    public init(problems: [ImportProblem], unlistedCount: Int = 0) {
        self.problems = problems
        self.unlistedCount = unlistedCount
    }

    public init(_ problem: ImportProblem) {
        self.init(problems: [problem])
    }

    public func message(_ language: Language) -> String {
        var lines = problems.prefix(Self.listedLimit).map { $0.message(language) }
        let more = unlistedCount + max(0, problems.count - Self.listedLimit)
        if more > 0 { lines.append(StringTable.text(ImportText.problemMore, language, more)) }
        return lines.joined(separator: "\n")
    }

    public var description: String { message(.en) }
}

/// Collects problems while a file is read, keeping the first `ImportFailure.listedLimit`.
public struct ProblemCollector: Sendable {
    public private(set) var problems: [ImportProblem] = []
    public private(set) var unlistedCount = 0

    public init() {}

    public var isEmpty: Bool { problems.isEmpty }

    public mutating func add(_ problem: ImportProblem) {
        if problems.count < ImportFailure.listedLimit {
            problems.append(problem)
        } else {
            unlistedCount += 1
        }
    }

    public func throwIfAny() throws {
        if !problems.isEmpty { throw ImportFailure(problems: problems, unlistedCount: unlistedCount) }
    }
}
