import Widgets

/// A group of widgets the gallery shows together. Small screens show one per page; large
/// ones stack two per page.
public enum GallerySection: Int, CaseIterable, Sendable {
    case tables
    case charts
    case text
    case dialogs

    func title(_ language: GalleryLanguage) -> String {
        switch self {
        case .tables: return language.pick("表格", "Tables")
        case .charts: return language.pick("图表", "Charts")
        case .text: return language.pick("文本", "Text")
        case .dialogs: return language.pick("对话框", "Dialogs")
        }
    }
}
