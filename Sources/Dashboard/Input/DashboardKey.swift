import Widgets

/// A key press as the dashboard sees it: the one key type shared with the terminal layer
/// and the gallery (see `Widgets.Key`, which also parses key-script names).
public typealias DashboardKey = Key
