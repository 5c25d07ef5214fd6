/// Every CSV file the program writes goes through `document`: UTF-8 with a byte-order mark
/// (spreadsheets on Chinese Windows need it to read UTF-8), CRLF line ends (RFC 4180), and
/// no cell a spreadsheet would run as a formula.
public enum CSVText {
    /// The rows as one CSV document; an empty row is a blank line (between report sections).
    public static func document(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One cell, neutralised and quoted as needed. A cell beginning with `=`, `+`, `-`, `@`,
    /// a tab or a carriage return gets a leading single quote, as OWASP advises against CSV
    /// injection (a learner named `=HYPERLINK(…)` or an org `+cmd|…` in an export); a plain
    /// number such as "-3" or "-12.5%" cannot run and keeps its value.
    public static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(value) {
            value = "'" + value
        }
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        if body.last == "%" { body = body.dropLast() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
