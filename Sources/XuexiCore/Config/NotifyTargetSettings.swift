import Foundation
import XuexiModel

/// One `[notify.targets.NAME]` table of config.toml: where a note goes and how it reads. The webhook URL and
/// the signing secret are never in the file (the file is shared and backed up): only the names of the
/// environment variables, or of an owner-only file, that hold them.
public struct NotifyTargetSettings: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case wecom, dingtalk, feishu, webhook }
    public enum Mention: String, Sendable, CaseIterable { case none, mentors, secretaries }
    public enum Style: String, Sendable, CaseIterable { case compact, full }

    public var name: String
    public var kind: Kind?
    public var urlEnv: String?
    public var urlFile: String?
    public var secretEnv: String?
    public var mention: Mention = .none
    public var style: Style = .compact

    public init(name: String) { self.name = name }

    /// The URL and secret a delivery uses, read now from the environment or the file.
    public struct Resolved: Sendable, Equatable {
        public var url: String
        public var secret: String?
    }

    /// Why a target cannot be used: one line, naming the setting and what to do.
    public struct Unusable: Error, CustomStringConvertible, Sendable {
        public var description: String

        public init(description: String) { self.description = description }
    }

    /// Applies `notify.targets.NAME.KEY = value` (config parsing calls this for every such key).
    static func apply(
        _ key: String, _ value: TOMLSubset.Value, to targets: inout [String: NotifyTargetSettings],
        language: Language = .en
    ) -> String? {
        let rest = key.dropFirst("notify.targets.".count)
        guard let dot = rest.lastIndex(of: "."), dot != rest.startIndex else {
            return NotifyConfigText.tableExpected.text(language)
        }
        let name = String(rest[..<dot])
        let field = String(rest[rest.index(after: dot)...])
        guard case .string(let text) = value else { return ConfigText.expectedText.text(language, key) }
        var target = targets[name] ?? NotifyTargetSettings(name: name)
        func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> (T?, String?) where T.RawValue == String {
            if let value = T(rawValue: text) { return (value, nil) }
            return (
                nil, ConfigText.expectedChoice.text(language, key, T.allCases.map(\.rawValue).joined(separator: ", "))
            )
        }
        switch field {
        case "kind":
            let (kind, error) = choice(Kind.self)
            if let error { return error }
            target.kind = kind
        case "url_env": target.urlEnv = text
        case "url_file": target.urlFile = text
        case "secret_env": target.secretEnv = text
        case "mention":
            let (mention, error) = choice(Mention.self)
            if let error { return error }
            target.mention = mention ?? .none
        case "style":
            let (style, error) = choice(Style.self)
            if let error { return error }
            target.style = style ?? .compact
        case "url", "secret", "webhook":
            return NotifyConfigText.secretInConfig.text(language, key)
        default:
            return NotifyConfigText.unknownSetting.text(language, key)
        }
        targets[name] = target
        return nil
    }

    /// Reads the URL (environment, else the file) and the secret. `configDirectory` anchors a relative
    /// `url_file`. A file anyone but its owner can read is refused: the URL's key lets anyone post to the group.
    public func resolve(
        environment: [String: String] = ProcessInfo.processInfo.environment, configDirectory: String? = nil,
        language: Language = .en
    ) throws -> Resolved {
        guard kind != nil else {
            throw Unusable(description: NotifyConfigText.kindMissing.text(language, name, Self.kinds))
        }
        let url: String
        if let urlEnv {
            guard let value = environment[urlEnv]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty
            else {
                throw Unusable(description: NotifyConfigText.variableNotSet.text(language, name, urlEnv, "url_env"))
            }
            url = value
        } else if let urlFile {
            url = try Self.readOwnerOnly(urlFile, target: name, relativeTo: configDirectory, language: language)
        } else {
            throw Unusable(description: NotifyConfigText.noURL.text(language, name))
        }
        var secret: String?
        if let secretEnv {
            guard let value = environment[secretEnv]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty
            else {
                throw Unusable(
                    description: NotifyConfigText.variableNotSet.text(language, name, secretEnv, "secret_env"))
            }
            secret = value
        }
        return Resolved(url: url, secret: secret)
    }

    static let kinds = Kind.allCases.map(\.rawValue).joined(separator: ", ")

    static func readOwnerOnly(
        _ file: String, target: String, relativeTo directory: String?, language: Language = .en
    ) throws -> String {
        var path = (file as NSString).expandingTildeInPath
        if !path.hasPrefix("/"), let directory { path = (directory as NSString).appendingPathComponent(path) }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let permissions = attributes[.posixPermissions] as? Int
        else {
            let cause = (FileErrorCause.ofReading(path) ?? .missing).text(language)
            throw Unusable(description: NotifyConfigText.fileUnreadable.text(language, target, path, cause))
        }
        guard permissions & 0o077 == 0 else {
            let mode = String(permissions & 0o777, radix: 8)
            throw Unusable(description: NotifyConfigText.fileShared.text(language, target, path, mode))
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            case let url = text.trimmingCharacters(in: .whitespacesAndNewlines), !url.isEmpty
        else {
            throw Unusable(description: NotifyConfigText.fileEmpty.text(language, target, path))
        }
        return url
    }
}

extension NotifyTargetSettings {
    /// The table as `xuexi-dash config` prints it: names of variables and files, never their contents.
    public var tomlText: String {
        var lines = ["[notify.targets.\(name)]"]
        if let kind { lines.append("kind = \"\(kind.rawValue)\"") }
        if let urlEnv { lines.append("url_env = \"\(urlEnv)\"") }
        if let urlFile { lines.append("url_file = \"\(urlFile)\"") }
        if let secretEnv { lines.append("secret_env = \"\(secretEnv)\"") }
        lines.append("mention = \"\(mention.rawValue)\"")
        lines.append("style = \"\(style.rawValue)\"")
        return lines.joined(separator: "\n")
    }
}
