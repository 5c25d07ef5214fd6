import Foundation

/// Sends rendered notes to robots: splits, signs, paces, retries, and reports every message's fate.
public struct Notifier: Sendable {
    public let transport: any HTTPTransport
    public let clock: any NotifyClock
    public let pacer: RobotPacer

    public init(
        transport: any HTTPTransport = URLSessionTransport(), clock: any NotifyClock = SystemClock(),
        pacer: RobotPacer = RobotPacer()
    ) {
        self.transport = transport
        self.clock = clock
        self.pacer = pacer
    }

    /// `--dry-run`: the exact requests a delivery would send now, with keys and signatures redacted from the
    /// URLs (the bodies are exact, Feishu's signature fields included). Nothing is sent.
    public func dryRun(
        _ note: NoteDocument, to target: RobotTarget, language: NotifyLanguage = .zh
    ) throws -> [PreparedRequest] {
        try URLPolicy.check(target.url)
        let date = clock.now()
        return try MessageBuilder.messages(for: note, target: target, language: language).map {
            MessageBuilder.request(for: $0, target: target, at: date)
        }
    }

    /// Posts every message in order. A message that fails after its retries ends the delivery: the rest are
    /// reported as skipped, and a later run passes the delivered sequences in `alreadyDelivered` to resume.
    public func deliver(
        _ note: NoteDocument, to target: RobotTarget, options: DeliveryOptions = DeliveryOptions()
    ) async -> DeliveryReport {
        var report = DeliveryReport(
            target: target.name, platform: target.platform, startedAt: clock.now(), finishedAt: clock.now(),
            results: [], error: nil)
        let messages: [OutgoingMessage]
        do {
            try URLPolicy.check(target.url)
            messages = try MessageBuilder.messages(for: note, target: target, language: options.language)
        } catch {
            report.error = error as? NotifyError ?? .invalidResponse("\(error)")
            return report
        }
        for message in messages {
            var result = MessageResult(
                sequence: message.sequence, kind: message.kind, part: message.part, parts: message.parts,
                bytes: message.measuredBytes, status: .skipped, attempts: [])
            if options.alreadyDelivered.contains(message.sequence) {
                result.status = .alreadyDelivered
            } else if report.error == nil {
                result.attempts = await send(message, to: target, options: options)
                if let error = result.attempts.last?.error {
                    result.status = .failed(error)
                    report.error = error
                } else {
                    result.status = .delivered
                }
            }
            report.results.append(result)
        }
        report.finishedAt = clock.now()
        return report
    }

    /// Attempts one message until it is delivered, fails for good, or runs out of retries or budget. Only this
    /// message is ever resent: earlier ones are done and later ones wait.
    private func send(
        _ message: OutgoingMessage, to target: RobotTarget, options: DeliveryOptions
    ) async -> [AttemptRecord] {
        let policy = options.retry
        let first = clock.now()
        // Waiting for the pacer is not the robot's fault, so it does not eat into the retry budget.
        var paced = 0.0
        var attempts: [AttemptRecord] = []
        while true {
            let queued = clock.now()
            try? await pacer.admit(robot: Self.robotKey(target), clock: clock)
            let started = clock.now()
            paced += started.timeIntervalSince(queued)
            let remaining = policy.budget - (started.timeIntervalSince(first) - paced)
            var timeouts = options.timeouts
            timeouts.total = max(min(timeouts.total, remaining), 0.5)
            timeouts.connect = min(timeouts.connect, timeouts.total)
            let request = MessageBuilder.request(for: message, target: target, at: started)
            let outcome = await attempt(request, platform: target.platform, timeouts: timeouts)
            let seconds = clock.now().timeIntervalSince(started)
            switch outcome {
            case .delivered:
                attempts.append(AttemptRecord(startedAt: started, seconds: seconds, error: nil))
                return attempts
            case .fail(let error):
                attempts.append(AttemptRecord(startedAt: started, seconds: seconds, error: error))
                return attempts
            case .retry(let error, let rateLimited):
                attempts.append(AttemptRecord(startedAt: started, seconds: seconds, error: error))
                let delay = policy.delay(afterRetries: attempts.count - 1, rateLimited: rateLimited)
                let elapsed = clock.now().timeIntervalSince(first) - paced
                // Half a second is the least an attempt is given; starting one with less left is pointless.
                guard attempts.count <= policy.maxRetries, elapsed + delay + 0.5 <= policy.budget,
                    !Task.isCancelled
                else {
                    return attempts
                }
                try? await clock.sleep(seconds: delay)
            }
        }
    }

    private func attempt(
        _ request: PreparedRequest, platform: RobotPlatform, timeouts: NotifyTimeouts
    ) async -> AttemptOutcome {
        do {
            let reply = try await transport.post(request, timeouts: timeouts)
            return ResponseReader.classify(platform: platform, status: reply.status, body: reply.body)
        } catch {
            let outcome = ResponseReader.classify(transportError: error, url: request.url)
            // The reader cannot know which timeout fired; the attempt does.
            if case .retry(.timedOut(_), let limited) = outcome {
                return .retry(.timedOut(timeouts.total), rateLimited: limited)
            }
            return outcome
        }
    }

    /// A robot is its webhook URL as configured, before DingTalk's per-attempt signature is appended.
    static func robotKey(_ target: RobotTarget) -> String { target.url.absoluteString }
}
