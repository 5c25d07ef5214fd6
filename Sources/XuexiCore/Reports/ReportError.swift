import XuexiModel

public enum ReportError: Error, Equatable, Sendable {
    /// The store has no points at all, so there is no default date and nothing to report.
    case noData

    public func message(_ language: Language) -> String {
        switch self {
        case .noData: StringTable.text(ReportText.errorNoData, language)
        }
    }
}
