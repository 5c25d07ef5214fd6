import XuexiModel

/// A report as one CSV file of sections: each section is a title line, a header row and its
/// rows, with a blank line between sections (a spreadsheet shows them one under another;
/// a script splits on blank lines). UTF-8 with a byte-order mark, which spreadsheets on
/// Chinese Windows need to read the file as UTF-8; CRLF line ends per RFC 4180. Rates are
/// written as percentages with one decimal, which spreadsheets read as numbers; the exact
/// fractions are in `--format json`.
enum ReportCSV {
    static func render(_ tables: [ReportTable]) -> String {
        var rows: [[String]] = []
        for (index, table) in tables.enumerated() {
            if index > 0 { rows.append([]) }
            rows.append([table.title])
            rows.append(table.headers)
            for row in table.rows { rows.append(row.map(\.text)) }
        }
        return CSVText.document(rows)
    }
}
