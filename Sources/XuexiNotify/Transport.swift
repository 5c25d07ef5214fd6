import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// How long one attempt may take.
public struct NotifyTimeouts: Sendable, Equatable {
    /// Connect / inactivity: FoundationNetworking offers no separate connect timeout (libcurl's CONNECTTIMEOUT is
    /// not exposed), so this is the request timeout, which runs from the start until the first byte and
    /// again whenever the connection goes quiet. Robots answer in well under a second.
    public var connect: Double
    /// The whole attempt, enforced by the session and again by our own deadline.
    public var total: Double

    public init(connect: Double = 5, total: Double = 10) {
        self.connect = connect
        self.total = total
    }
}

public struct HTTPReply: Sendable, Equatable {
    public var status: Int
    public var body: Data

    public init(status: Int, body: Data) {
        self.status = status
        self.body = body
    }
}

/// Posts one prepared request. A protocol so a command's tests can stand in for the network if they want to.
public protocol HTTPTransport: Sendable {
    func post(_ request: PreparedRequest, timeouts: NotifyTimeouts) async throws -> HTTPReply
}

/// URLSession over libcurl on Linux. TLS certificates are verified by libcurl and nothing here turns that off.
/// Proxies: FoundationNetworking leaves libcurl's proxy options unset (its EasyHandle has them as a TODO), so
/// libcurl reads `https_proxy` / `HTTPS_PROXY` (and `no_proxy`) from the environment itself; the tests check
/// that a CONNECT reaches a proxy named in `HTTPS_PROXY`.
public struct URLSessionTransport: HTTPTransport {
    public init() {}

    public func post(_ request: PreparedRequest, timeouts: NotifyTimeouts) async throws -> HTTPReply {
        // FoundationNetworking truncates timeouts to whole seconds (0.5 s becomes "expire at once"), so the
        // session gets them rounded up and our own deadline keeps the fractional total.
        let connect = max(timeouts.connect.rounded(.up), 1)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = connect
        configuration.timeoutIntervalForResource = max(timeouts.total.rounded(.up), 1)
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        var urlRequest = URLRequest(url: request.url, timeoutInterval: connect)
        urlRequest.httpMethod = "POST"
        urlRequest.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        urlRequest.httpBody = request.body
        return try await Self.run(urlRequest, in: session, deadline: timeouts.total)
    }

    /// Runs the data task with a deadline of our own. libcurl's timers have been seen to stretch when a host
    /// blackholes packets; the deadline gives up at the stated time whether or not the task notices.
    private static func run(_ request: URLRequest, in session: URLSession, deadline: Double) async throws -> HTTPReply {
        let once = ResumeOnce()
        return try await withCheckedThrowingContinuation { continuation in
            let task = session.dataTask(with: request) { data, response, error in
                if let error {
                    once.resume(continuation, with: .failure(error))
                } else {
                    let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                    once.resume(continuation, with: .success(HTTPReply(status: status, body: data ?? Data())))
                }
            }
            task.resume()
            // A Dispatch timer rather than Task.sleep: it fires on time even when the cooperative thread pool
            // (two threads on a two-core machine) is busy with other work.
            let timer = DispatchWorkItem {
                if once.resume(continuation, with: .failure(URLError(.timedOut))) { task.cancel() }
            }
            once.setTimer(timer)
            DispatchQueue.global().asyncAfter(deadline: .now() + max(deadline, 0.001), execute: timer)
        }
    }
}

/// Lets the first of the task's answer and the deadline resume the continuation, and only the first.
private final class ResumeOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    private var timer: DispatchWorkItem?

    /// The deadline, cancelled as soon as the answer comes so it does not linger for `total` seconds.
    func setTimer(_ task: DispatchWorkItem) {
        lock.lock()
        let finished = done
        if !finished { timer = task }
        lock.unlock()
        if finished { task.cancel() }
    }

    @discardableResult
    func resume(
        _ continuation: CheckedContinuation<HTTPReply, Error>, with result: Result<HTTPReply, Error>
    ) -> Bool {
        lock.lock()
        let first = !done
        done = true
        let pending = timer
        timer = nil
        lock.unlock()
        if first {
            pending?.cancel()
            continuation.resume(with: result)
        }
        return first
    }
}

/// Time for signatures, records and pacing, and the way to wait. Injected so that tests of pacing and backoff
/// run in virtual time instead of waiting a minute.
public protocol NotifyClock: Sendable {
    func now() -> Date
    func sleep(seconds: Double) async throws
}

public struct SystemClock: NotifyClock {
    public init() {}

    public func now() -> Date { Date() }

    public func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return }
        try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
    }
}

/// At most `limit` posts per robot in any `window` seconds (the platforms allow 20 a minute). Shared by all
/// deliveries of one Notifier, so a daily note and an alert posted together still keep to it. Retries count:
/// every POST is a message to the platform's counter.
public actor RobotPacer {
    public let limit: Int
    public let window: Double
    private var sends: [String: [Date]] = [:]

    public init(limit: Int = 20, window: Double = 60) {
        self.limit = max(limit, 1)
        self.window = window
    }

    /// Posts made before this process started (from the notify log), so a restart does not reset the count.
    public func remember(robot: String, sentAt dates: [Date]) {
        sends[robot, default: []].append(contentsOf: dates)
        sends[robot]?.sort()
    }

    /// Waits until one more post to `robot` stays within the limit, then counts it.
    public func admit(robot: String, clock: any NotifyClock) async throws {
        while true {
            let now = clock.now()
            let recent = sends[robot, default: []].filter { now.timeIntervalSince($0) < window }
            sends[robot] = recent
            if recent.count < limit {
                sends[robot, default: []].append(now)
                return
            }
            // The oldest post in the window leaves it first; re-check after waking, another delivery may have
            // taken the slot while this one slept.
            let wait = window - now.timeIntervalSince(recent[recent.count - limit])
            try await clock.sleep(seconds: max(wait, 0.001))
        }
    }
}
