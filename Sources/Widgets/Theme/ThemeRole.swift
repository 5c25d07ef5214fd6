/// A named place in the interface a theme colours. The raw value is the key in theme files
/// (`header = #ffffff on #c8102e bold`, or one facet: `header.bg = #c8102e`).
public enum ThemeRole: String, CaseIterable, Sendable, Hashable {
    /// Normal text; its background is the screen background.
    case text
    case textDim = "text.dim"
    case textAccent = "text.accent"
    case header
    case footer
    /// The key part of a key hint in the footer ("q" in "q Quit").
    case footerKey = "footer.key"
    case border
    case borderFocus = "border.focus"
    case title
    case selection
    /// The selected row of a pane that does not have focus.
    case selectionInactive = "selection.inactive"
    case tableHeader = "table.header"
    case barGood = "bar.good"
    case barWarn = "bar.warn"
    case barBad = "bar.bad"
    case barEmpty = "bar.empty"
    /// The quiet track under the unfilled part of a gauge (themes without it use bar.empty).
    case barTrack = "bar.track"
    case alertCritical = "alert.critical"
    case alertWarning = "alert.warning"
    case alertInfo = "alert.info"
    case sparkline
    /// Sparkline columns below their target (themes without it use bar.warn).
    case sparklineBelowTarget = "sparkline.below"
    case chart
    /// A second series in the same chart.
    case chartSecondary = "chart.secondary"
    case chartAxis = "chart.axis"
    case heatmap0 = "heatmap.0"
    case heatmap1 = "heatmap.1"
    case heatmap2 = "heatmap.2"
    case heatmap3 = "heatmap.3"
    case heatmap4 = "heatmap.4"
    case tabActive = "tab.active"
    case tabInactive = "tab.inactive"
    case rankUp = "rank.up"
    case rankDown = "rank.down"
    case searchMatch = "search.match"
    case treeGuide = "tree.guide"
    case modal
    case modalBorder = "modal.border"
    case modalTitle = "modal.title"
    case input
    case inputCursor = "input.cursor"
    case button
    case buttonActive = "button.active"
    case toast
    case toastError = "toast.error"

    /// The five heatmap intensities, lowest first.
    public static let heatmapLevels: [ThemeRole] = [.heatmap0, .heatmap1, .heatmap2, .heatmap3, .heatmap4]
}
