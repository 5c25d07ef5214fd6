/// The UI language. Chinese is the default; English on request (`--lang en`, `L`).
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh
    case en

    /// Picks the language from an explicit flag, then `$XUEXI_DASH_LANG`, else Chinese.
    public static func resolve(_ flag: String?, environment: [String: String]) -> Language {
        if let flag, let language = Language(rawValue: flag.lowercased()) { return language }
        if let env = environment["XUEXI_DASH_LANG"], let language = Language(rawValue: env.lowercased()) {
            return language
        }
        return .zh
    }
}
