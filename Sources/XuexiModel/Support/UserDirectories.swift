import Foundation

/// Where the store, the configuration and the themes live, from the environment the way
/// the XDG base directories say: `$XDG_DATA_HOME` / `$XDG_CONFIG_HOME` / `$XDG_CACHE_HOME`
/// (a PostgreSQL store's replicas), else under `$HOME`.
/// Only without `$HOME` does the account's home directory count (`NSHomeDirectory()` reads
/// the password file and ignores `$HOME`, so a user who moved `$HOME` found the store elsewhere).
public enum UserDirectories {
    public static func home(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    public static func dataHome(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data }
        return (home(environment) as NSString).appendingPathComponent(".local/share")
    }

    public static func configHome(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config }
        return (home(environment) as NSString).appendingPathComponent(".config")
    }

    public static func cacheHome(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty { return cache }
        return (home(environment) as NSString).appendingPathComponent(".cache")
    }

    /// `~` or `~/…` expanded with `home(environment)`; other paths unchanged.
    public static func expandTilde(
        _ path: String, _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if path == "~" { return home(environment) }
        if path.hasPrefix("~/") {
            return (home(environment) as NSString).appendingPathComponent(String(path.dropFirst(2)))
        }
        return path
    }
}
