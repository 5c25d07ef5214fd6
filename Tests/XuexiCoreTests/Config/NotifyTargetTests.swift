import Foundation
import Testing

@testable import XuexiCore

/// `[notify.targets.NAME]`: read from config.toml, with the URL and secret from the environment or an
/// owner-only file, never from the file itself.
@Suite struct NotifyTargetTests {
    static let text = """
        [notify.targets.jiedao]
        kind = "dingtalk"
        url_env = "XUEXI_DT_URL"
        secret_env = "XUEXI_DT_SECRET"
        mention = "mentors"
        style = "full"

        [notify.targets.cun]
        kind = "wecom"
        url_file = "wecom.url"
        """

    @Test func targetsAreReadFromDottedTables() throws {
        let configuration = try AppConfiguration.parse(Self.text, file: "c.toml")
        let jiedao = try #require(configuration.notifyTargets["jiedao"])
        #expect(jiedao.kind == .dingtalk && jiedao.mention == .mentors && jiedao.style == .full)
        #expect(jiedao.urlEnv == "XUEXI_DT_URL" && jiedao.secretEnv == "XUEXI_DT_SECRET")
        let cun = try #require(configuration.notifyTargets["cun"])
        #expect(cun.kind == .wecom && cun.urlFile == "wecom.url" && cun.mention == .none && cun.style == .compact)
        let resolved = try jiedao.resolve(
            environment: [
                "XUEXI_DT_URL": "https://oapi.dingtalk.com/robot/send?access_token=T", "XUEXI_DT_SECRET": "S",
            ])
        #expect(resolved == .init(url: "https://oapi.dingtalk.com/robot/send?access_token=T", secret: "S"))
    }

    @Test func badValuesAndSecretsInTheFileAreErrorsNamingTheLine() throws {
        for (text, expected) in [
            ("[notify.targets.x]\nkind = \"slack\"", "expects one of wecom, dingtalk, feishu, webhook"),
            ("[notify.targets.x]\nurl = \"https://example.com/hook\"", "secrets are never kept in config.toml"),
            ("[notify.targets.x]\nstyle = \"long\"", "expects one of compact, full"),
            ("[notify.targets.x]\ncolour = \"red\"", "unknown setting notify.targets.x.colour"),
        ] {
            #expect {
                try AppConfiguration.parse(text, file: "c.toml")
            } throws: { error in
                let message = "\(error)"
                return message.contains(expected) && message.hasPrefix("c.toml:2:")
            }
        }
    }

    @Test func aURLFileOthersCanReadIsRefusedAndAnOwnerOnlyOneIsRead() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("notify-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("wecom.url").path
        try "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=K\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        let target = try #require(try AppConfiguration.parse(Self.text, file: "c.toml").notifyTargets["cun"])

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect {
            try target.resolve(environment: [:], configDirectory: directory.path)
        } throws: { error in
            "\(error)".contains("readable by others (mode 644)") && "\(error)".contains("chmod 600")
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let resolved = try target.resolve(environment: [:], configDirectory: directory.path)
        #expect(resolved.url == "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=K" && resolved.secret == nil)
    }

    @Test func aMissingEnvironmentVariableIsNamed() throws {
        let target = try #require(try AppConfiguration.parse(Self.text, file: "c.toml").notifyTargets["jiedao"])
        #expect {
            try target.resolve(environment: [:])
        } throws: { error in
            "\(error)".contains("XUEXI_DT_URL (url_env) is not set")
        }
        #expect {
            try target.resolve(environment: [:], language: .zh)
        } throws: { error in
            "\(error)" == "通知目标 jiedao：环境变量 XUEXI_DT_URL（url_env）未设置"
        }
    }
}
