import Foundation
import Widgets
import XuexiModel

/// Plain-text, CSV and JSON output for listing commands. Column widths use display width
/// so Chinese names line up (each CJK character is two columns).
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func renderText() -> String {
        var widths = headers.map { DisplayWidth.of($0) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(cell)))
                return alignments[index] == .right ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var output = [line(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        output += rows.map(line)
        return output.joined(separator: "\n")
    }

    /// The table as CSV (`CSVText.document`: BOM, CRLF, no formulas); print it with
    /// `terminator: ""`, it ends with its own line end.
    func renderCSV() -> String {
        CSVText.document([headers] + rows)
    }
}

/// Encodes any Encodable as stable, pretty JSON (sorted keys so output is deterministic).
func renderJSON<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
