import Foundation

/// Bounded retries with exponential backoff, inside a time budget per message.
public struct RetryPolicy: Sendable, Equatable {
    public var maxRetries: Int
    public var initialDelay: Double
    public var multiplier: Double
    public var maxDelay: Double
    /// The least wait after a rate-limit answer: the platforms count per minute, so a one-second pause rarely helps.
    public var rateLimitDelay: Double
    /// No attempt starts, and no attempt runs, past this many seconds after the message's first attempt. With the
    /// first failing message ending the delivery, this bounds how long an unreachable robot can hold a command:
    /// 9 s leaves room under the 15 s promised for an unreachable URL. 12 s did not: with the whole test suite and
    /// other builds sharing two cores, an unreachable robot was seen to hold a delivery for 15.1 s.
    public var budget: Double

    public init(
        maxRetries: Int = 3, initialDelay: Double = 1, multiplier: Double = 2, maxDelay: Double = 8,
        rateLimitDelay: Double = 3, budget: Double = 9
    ) {
        self.maxRetries = maxRetries
        self.initialDelay = initialDelay
        self.multiplier = multiplier
        self.maxDelay = maxDelay
        self.rateLimitDelay = rateLimitDelay
        self.budget = budget
    }

    func delay(afterRetries retries: Int, rateLimited: Bool) -> Double {
        let backoff = min(initialDelay * pow(multiplier, Double(retries)), maxDelay)
        return rateLimited ? max(backoff, rateLimitDelay) : backoff
    }
}

public struct DeliveryOptions: Sendable, Equatable {
    public var language: NotifyLanguage
    public var timeouts: NotifyTimeouts
    public var retry: RetryPolicy
    /// Sequences delivered by an earlier run (read from the notify log): they are never posted again.
    public var alreadyDelivered: Set<Int>

    public init(
        language: NotifyLanguage = .zh, timeouts: NotifyTimeouts = NotifyTimeouts(),
        retry: RetryPolicy = RetryPolicy(), alreadyDelivered: Set<Int> = []
    ) {
        self.language = language
        self.timeouts = timeouts
        self.retry = retry
        self.alreadyDelivered = alreadyDelivered
    }
}

/// One POST and what came of it.
public struct AttemptRecord: Sendable, Equatable {
    public var startedAt: Date
    public var seconds: Double
    /// nil when the attempt delivered the message.
    public var error: NotifyError?
}

/// What happened to one message: the rows of a notify log.
public struct MessageResult: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case delivered
        case failed(NotifyError)
        /// Not tried because an earlier message failed: posting part 3 after part 2 was lost would mislead.
        case skipped
        /// Delivered by an earlier run, per `DeliveryOptions.alreadyDelivered`.
        case alreadyDelivered
    }

    public var sequence: Int
    public var kind: OutgoingMessage.Kind
    public var part: Int
    public var parts: Int
    public var bytes: Int
    public var status: Status
    public var attempts: [AttemptRecord]

    public var retries: Int { max(attempts.count - 1, 0) }
}

public struct DeliveryReport: Sendable, Equatable {
    public var target: String
    public var platform: RobotPlatform
    public var startedAt: Date
    public var finishedAt: Date
    public var results: [MessageResult]
    /// The first failure: a refused URL, a line too long, or the message that could not be delivered.
    public var error: NotifyError?

    public var succeeded: Bool { error == nil }
    public var retries: Int { results.reduce(0) { $0 + $1.retries } }

    /// The one line a command prints: what was delivered, or why it stopped.
    public func summary(_ language: NotifyLanguage) -> String {
        let zh = language == .zh
        let delivered = results.filter { $0.status == .delivered || $0.status == .alreadyDelivered }.count
        guard let error else {
            return zh
                ? "\(target)：已送达 \(delivered)/\(results.count) 条（重试 \(retries) 次）"
                : "\(target): delivered \(delivered)/\(results.count) messages (\(retries) retries)"
        }
        guard let failed = results.first(where: { if case .failed = $0.status { true } else { false } }) else {
            return "\(target): " + error.line(language)
        }
        let tries = failed.attempts.count
        let which =
            zh
            ? "第 \(failed.sequence)/\(results.count) 条发送失败（尝试 \(tries) 次）"
            : "message \(failed.sequence)/\(results.count) failed after \(tries) attempt\(tries == 1 ? "" : "s")"
        return "\(target): \(which): " + error.line(language)
    }
}
