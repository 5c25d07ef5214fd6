/// The characters widgets draw with. `.unicode` for UTF-8 terminals; `.ascii` when the
/// locale is not UTF-8 (the terminal layer picks), so every widget still reads.
public struct Glyphs: Hashable, Sendable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    /// Eight levels, lowest first (▁▂▃▄▅▆▇█).
    public var sparkline: [String]
    /// Partial fills of one cell from 1/8 to 8/8 (▏▎▍▌▋▊▉█).
    public var barEighths: [String]
    /// The track drawn under a bar's unfilled part: a thin line, quieter than a shaded block.
    public var barEmpty: String
    /// Heatmap intensities 0–4.
    public var heat: [String]
    public var treeBranch: String
    public var treeLastBranch: String
    public var treePipe: String
    public var treeSpace: String
    public var expanded: String
    public var collapsed: String
    public var leaf: String
    public var sortAscending: String
    public var sortDescending: String
    public var rankUp: String
    public var rankDown: String
    public var selectionMarker: String
    public var ellipsis: String
    public var separator: String
    /// Marks a chart's days without data along its bottom.
    public var chartGap: String
    /// Whether charts may use braille dots (2×4 per cell); otherwise they draw blocks.
    public var braille: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        sparkline: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        barEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"], barEmpty: "─",
        heat: ["·", "░", "▒", "▓", "█"],
        treeBranch: "├─", treeLastBranch: "└─", treePipe: "│ ", treeSpace: "  ",
        expanded: "▾ ", collapsed: "▸ ", leaf: "─ ",
        sortAscending: "▲", sortDescending: "▼", rankUp: "▲", rankDown: "▼",
        selectionMarker: "›", ellipsis: "…", separator: "│", chartGap: "┈", braille: true
    )

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        sparkline: ["_", ".", "-", "~", "=", "+", "*", "#"],
        barEighths: ["#", "#", "#", "#", "#", "#", "#", "#"], barEmpty: ".",
        heat: [".", ":", "+", "*", "#"],
        treeBranch: "|-", treeLastBranch: "`-", treePipe: "| ", treeSpace: "  ",
        expanded: "v ", collapsed: "> ", leaf: "- ",
        sortAscending: "^", sortDescending: "v", rankUp: "^", rankDown: "v",
        selectionMarker: ">", ellipsis: "~", separator: "|", chartGap: ".", braille: false
    )
}
