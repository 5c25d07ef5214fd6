import Foundation
import Widgets

/// What the dashboard takes from the world outside the store: the clock (fixed in tests so
/// the header is deterministic), who is acknowledging alerts, and facts for the settings view.
public struct DashboardEnvironment: Sendable {
    public var now: @Sendable () -> Date
    public var timeZone: TimeZone
    /// Recorded with acknowledgements (as `xuexi-dash alerts ack` records it).
    public var user: String
    public var storePath: String?
    public var configPath: String?
    /// "256 色" and the like, for the settings view.
    public var colorDescription: String
    /// Unicode or ASCII, as the terminal can show.
    public var glyphs: Glyphs
    /// Whether an OSC 52 copy reaches the desktop: false inside tmux with `set-clipboard`
    /// not on (the help and the toast say so), nil when it cannot be known.
    public var clipboardReachesDesktop: Bool?

    public init(
        now: @escaping @Sendable () -> Date = { Date() }, timeZone: TimeZone = .current, user: String = "",
        storePath: String? = nil, configPath: String? = nil, colorDescription: String = "", glyphs: Glyphs = .unicode,
        clipboardReachesDesktop: Bool? = nil
    ) {
        self.clipboardReachesDesktop = clipboardReachesDesktop
        self.now = now
        self.timeZone = timeZone
        self.user = user
        self.storePath = storePath
        self.configPath = configPath
        self.colorDescription = colorDescription
        self.glyphs = glyphs
    }
}
