/// Output formats of `xuexi-dash report`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Markdown written as numbered lists, which read well pasted into a chat group.
    case md
    /// One CSV file of sections (see `ReportCSV`).
    case csv
    /// A workbook with one sheet per section (see `XLSXWriter`).
    case xlsx
    /// The exact figures of SPEC §4 for other tools.
    case json

    public var fileExtension: String { rawValue }
}
