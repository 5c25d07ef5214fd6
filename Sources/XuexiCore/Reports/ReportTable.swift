/// One section of a report as a table with typed cells: the shape both the CSV and the
/// XLSX writers take, so the two always carry the same rows.
public struct ReportTable: Sendable, Equatable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case integer(Int)
        /// A fraction shown as a percentage (0.584 → 58.4%).
        case percent(Double)
        case decimal(Double)
        case empty

        /// How the cell reads as text (CSV and column widths).
        public var text: String {
            switch self {
            case .text(let text): text
            case .integer(let value): String(value)
            case .percent(let value): MetricFormat.percent(value)
            case .decimal(let value): MetricFormat.decimal(value)
            case .empty: ""
            }
        }

        // Optional values become empty cells (never "0", which would be a figure).
        static func rate(_ value: Double?) -> Cell { value.map { .percent($0) } ?? .empty }
        static func number(_ value: Double?) -> Cell { value.map { .decimal($0) } ?? .empty }
        static func count(_ value: Int?) -> Cell { value.map { .integer($0) } ?? .empty }
        static func label(_ value: String?) -> Cell { value.map { .text($0) } ?? .empty }
    }

    /// Section title (CSV) and sheet name (XLSX; at most 31 characters, none of []:*?/\).
    public var title: String
    public var sheetName: String
    public var headers: [String]
    public var rows: [[Cell]]
}
