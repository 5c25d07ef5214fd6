/// Colours and attributes for every `ThemeRole`, plus the glyph set widgets draw with.
/// Themes are plain text files (see Themes/README.md) read by `ThemeParser`; a role the file
/// does not mention is drawn in the terminal's default colours.
public struct Theme: Hashable, Sendable {
    /// The identifier: the file name without `.theme` (what `--theme` and `t` cycle through).
    public var name: String
    /// The human title from the file's `name =` line.
    public var displayName: String
    public var styles: [ThemeRole: Style]
    /// Box, bar and sparkline characters; the terminal layer switches to `.ascii` when needed.
    public var glyphs: Glyphs

    public init(name: String, displayName: String? = nil, styles: [ThemeRole: Style], glyphs: Glyphs = .unicode) {
        self.name = name
        self.displayName = displayName ?? name
        self.styles = styles
        self.glyphs = glyphs
    }

    public subscript(role: ThemeRole) -> Style {
        styles[role] ?? .plain
    }

    /// The built-in party-red theme, always available even without a Themes directory.
    public static let `default`: Theme = {
        do {
            return try ThemeParser.parse(EmbeddedThemes.partyRed, file: "party-red.theme")
        } catch {
            // Guarded by a test; a theme without styles still draws every widget legibly.
            return Theme(name: "party-red", styles: [:])
        }
    }()

    /// The theme as a terminal of `depth` shows it (what the renderer does cell by cell).
    public func degraded(to depth: ColorDepth) -> Theme {
        Theme(name: name, displayName: displayName, styles: styles.mapValues { $0.degraded(to: depth) }, glyphs: glyphs)
    }

    public func with(glyphs newGlyphs: Glyphs) -> Theme {
        Theme(name: name, displayName: displayName, styles: styles, glyphs: newGlyphs)
    }
}
