/// A report as one CSV file of sections: each section is a title line, a header row and its
/// rows, with a blank line between sections (a spreadsheet shows them one under another;
/// a script splits on blank lines). UTF-8 with a byte-order mark, which spreadsheets on
/// Chinese Windows need to read the file as UTF-8; CRLF line ends per RFC 4180. Rates are
/// written as percentages with one decimal, which spreadsheets read as numbers; the exact
/// fractions are in `--format json`.
enum ReportCSV {
    static func render(_ tables: [ReportTable]) -> String {
        var lines: [String] = []
        for (index, table) in tables.enumerated() {
            if index > 0 { lines.append("") }
            lines.append(escape(table.title))
            lines.append(table.headers.map(escape).joined(separator: ","))
            for row in table.rows { lines.append(row.map { escape($0.text) }.joined(separator: ",")) }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    static func escape(_ cell: String) -> String {
        cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }
}
