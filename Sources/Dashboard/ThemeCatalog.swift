import Widgets

/// The themes `t` cycles through and how to load one; a broken theme file falls back to the
/// default and says why.
public struct ThemeCatalog: Sendable {
    public var names: [String]
    private let loader: ThemeLoader?

    public init(loader: ThemeLoader) {
        self.loader = loader
        names = loader.availableThemeNames()
    }

    /// Only the compiled-in default: tests and snapshots that must not depend on files.
    public static let builtIn = ThemeCatalog(names: [ThemeLoader.defaultThemeName])

    private init(names: [String]) {
        self.names = names
        loader = nil
    }

    public func load(_ nameOrPath: String) -> (theme: Theme, error: ThemeError?) {
        guard let loader else { return (.default, nil) }
        return loader.loadOrDefault(nameOrPath: nameOrPath)
    }

    func name(after current: String) -> String {
        guard !names.isEmpty else { return current }
        let index = names.firstIndex(of: current) ?? -1
        return names[(index + 1) % names.count]
    }
}
