import ArgumentParser
import Dispatch
import Foundation
import XuexiCore
import XuexiModel
import XuexiNotify
import XuexiStore

/// What `notify` and `watch --notify` share: finding a configured target, turning a note into the robot's
/// messages, sending them (or printing them), and keeping the log in the store.
struct NotifySession {
    var store: XuexiStore
    var configuration: AppConfiguration
    var language: Language
    var environment: [String: String] = ProcessInfo.processInfo.environment

    var notifyLanguage: NotifyLanguage { NotifyLanguage(rawValue: language.rawValue) ?? .zh }

    /// A configured target, its settings and the robot to post to. Problems are one line and exit status 1.
    func target(named name: String) throws -> (settings: NotifyTargetSettings, robot: RobotTarget) {
        guard let settings = configuration.notifyTargets[name] else {
            let known = configuration.notifyTargets.keys.sorted().joined(separator: ", ")
            printError(NoteText.unknownTarget.text(language, name, known.isEmpty ? "-" : known))
            throw ExitCode(1)
        }
        if settings.mention == .secretaries {
            printError(NoteText.noSecretaries.text(language, name))
            throw ExitCode(1)
        }
        do {
            let directory = configuration.source.map { ($0 as NSString).deletingLastPathComponent }
            let resolved = try settings.resolve(
                environment: environment, configDirectory: directory, language: language)
            guard let url = URL(string: resolved.url), url.scheme != nil else {
                throw NotifyTargetSettings.Unusable(description: NotifyConfigText.urlUnparsable.text(language, name))
            }
            let platform = RobotPlatform(rawValue: settings.kind?.rawValue ?? "") ?? .webhook
            let robot = RobotTarget(name: name, platform: platform, url: url, secret: resolved.secret)
            try URLPolicy.check(url)
            return (settings, robot)
        } catch let error as NotifyTargetSettings.Unusable {
            printError(error.description)
            throw ExitCode(1)
        } catch let error as NotifyError {
            printError("\(name): " + error.line(notifyLanguage))
            throw ExitCode(1)
        }
    }

    func document(_ note: ChatNote) -> NoteDocument {
        NoteDocument(
            title: note.title,
            sections: note.sections.map {
                NoteSection(heading: $0.heading, lines: $0.lines, tone: NoteTone(rawValue: $0.tone.rawValue) ?? .plain)
            },
            mentionMobiles: note.mentionMobiles)
    }

    /// Prints the exact bodies (`--dry-run`), or delivers and logs. Returns whether every message arrived;
    /// a failure has printed its one-line reason. `alerts` are remembered as posted once delivery succeeds.
    func send(
        _ note: ChatNote, subject: String, to robot: RobotTarget, dryRun: Bool, showPhones: Bool = false,
        alerts: [String: String] = [:]
    ) throws -> Bool {
        let document = document(note)
        let messages: [OutgoingMessage]
        do {
            messages = try MessageBuilder.messages(for: document, target: robot, language: notifyLanguage)
        } catch let error as NotifyError {
            printError("\(robot.name): " + error.line(notifyLanguage))
            return false
        }
        if dryRun {
            printDryRun(messages, robot: robot, masking: showPhones ? [] : note.mentionMobiles)
            return true
        }
        let earlier = try store.deliveredNotifyParts(target: robot.name, subject: subject)
        let already = Set(
            messages.filter { earlier.contains(NotifyPartRecord(sequence: $0.sequence, digest: $0.digest)) }.map(
                \.sequence))
        let options = DeliveryOptions(language: notifyLanguage, alreadyDelivered: already)
        let report = blocking { await Notifier().deliver(document, to: robot, options: options) }
        let delivered = report.results.filter { $0.status == .delivered }.compactMap { result in
            messages.first { $0.sequence == result.sequence }.map {
                NotifyPartRecord(sequence: $0.sequence, digest: $0.digest)
            }
        }
        let stamp = ISO8601DateFormatter()
        try store.recordNotifyDelivery(
            NotifyDeliveryRecord(
                target: robot.name, platform: robot.platform.rawValue, subject: subject,
                startedAt: stamp.string(from: report.startedAt), finishedAt: stamp.string(from: report.finishedAt),
                messages: report.results.count,
                delivered: report.results.filter { $0.status == .delivered || $0.status == .alreadyDelivered }.count,
                retries: report.retries, error: report.error?.line(notifyLanguage)),
            parts: delivered, alerts: report.succeeded ? alerts : [:])
        if report.succeeded {
            FileHandle.standardOutput.write(Data((report.summary(notifyLanguage) + "\n").utf8))
        } else {
            printError(report.summary(notifyLanguage))
        }
        return report.succeeded
    }

    /// The bodies byte for byte, except that the mobiles to @ are masked unless `--show-phones` (the robot
    /// gets them in full: that is what `mention = "mentors"` asks for).
    private func printDryRun(_ messages: [OutgoingMessage], robot: RobotTarget, masking mobiles: [String]) {
        let now = Date()
        var text = ""
        for message in messages {
            let request = MessageBuilder.request(for: message, target: robot, at: now)
            text += NoteText.dryRunHeader.text(
                language, message.sequence, messages.count, request.redactedURL, message.measuredBytes, message.limit)
            let body = mobiles.reduce(request.bodyText) {
                $0.replacingOccurrences(of: "\"\($1)\"", with: "\"\(PhoneMask.mask($1))\"")
            }
            text += "\n" + body + "\n"
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// Runs async delivery from a synchronous command: the task runs on the cooperative pool, this thread waits.
func blocking<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    let box = BlockingBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        box.value = await body()
        done.signal()
    }
    done.wait()
    return box.value!
}

/// The result handed from the task to the waiting thread; the semaphore orders the write before the read.
private final class BlockingBox<T>: @unchecked Sendable {
    var value: T?
}
