import Foundation

/// One record of a tabular file as text cells, with where it starts in the file so every
/// problem found later can point at it: the 1-based physical line where a CSV record starts
/// (a quoted field with newlines makes the next record start further down), or the sheet row
/// number of an XLSX row.
public struct TabularRow: Sendable, Equatable {
    public var line: Int
    public var cells: [String]

    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }
}

/// Anything that yields rows one at a time, so importers never hold a whole file.
public protocol TabularRowSource {
    /// The name used in problems (the file's last path component).
    var fileName: String { get }
    /// The next row, or nil after the last one. Throws `ImportProblem` for input that cannot be read.
    mutating func nextRow() throws -> TabularRow?
}

/// The text encoding of a CSV file: detected, or forced by `--encoding`.
public enum TextEncodingChoice: String, Sendable, CaseIterable {
    case auto
    case utf8
    case gb18030

    /// Parses a command-line value. GBK and GB2312 are subsets of GB18030, so they decode the same.
    public init?(argument: String) {
        switch argument.trimmingCharacters(in: .whitespaces).lowercased() {
        case "auto": self = .auto
        case "utf8", "utf-8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }
}
