import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A request as the mock saw it.
public struct RecordedRequest: Sendable {
    public var method: String
    /// Path and query, as sent on the request line (or `host:port` for CONNECT).
    public var target: String
    public var headers: [String: String]
    public var body: Data

    public var bodyText: String { String(decoding: body, as: UTF8.self) }
    public var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }

    public var query: [String: String] {
        guard let start = target.firstIndex(of: "?") else { return [:] }
        var items: [String: String] = [:]
        for pair in target[target.index(after: start)...].split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            items[parts[0]] = parts.count > 1 ? (parts[1].removingPercentEncoding ?? parts[1]) : ""
        }
        return items
    }
}

public struct MockAnswer: Sendable {
    public var status: Int
    public var body: String
    /// Seconds to wait before answering, to exercise timeouts.
    public var delay: Double = 0

    public init(status: Int, body: String, delay: Double = 0) {
        self.status = status
        self.body = body
        self.delay = delay
    }

    public static func json(_ body: String, status: Int = 200) -> MockAnswer { MockAnswer(status: status, body: body) }
}

/// A minimal HTTP/1.1 server on 127.0.0.1 and an ephemeral port, over POSIX sockets: one connection at a time,
/// `Connection: close`, Content-Length bodies (what URLSession sends). Written here rather than taking FlyingFox
/// because this is all the robots' side needs, and the test target then builds with nothing beyond swift-crypto.
public final class MockHTTPServer: @unchecked Sendable {
    public typealias Handler = @Sendable (RecordedRequest, Int) -> MockAnswer

    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    public let port: UInt16
    private let listener: Int32
    private let handler: Handler
    private let lock = NSLock()
    private var received: [RecordedRequest] = []
    private var stopped = false
    private let acceptLoopEnded = DispatchSemaphore(value: 0)

    /// Throws (and so fails the test) when no socket can be bound: a test without its server must not pass.
    public init(handler: @escaping Handler) throws {
        self.handler = handler
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw StartError(description: "socket() failed: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw StartError(description: "cannot listen on 127.0.0.1: errno \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    public func url(_ path: String = "/") -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    public var requests: [RecordedRequest] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    public func stop() {
        lock.lock()
        let already = stopped
        stopped = true
        lock.unlock()
        guard !already else { return }
        // Only the accept thread closes the descriptor, once it has left accept(): closing it here let the kernel
        // hand the same number to the next test's server while this thread still accepted on it, so a stopped
        // server answered another test's requests with its own handler.
        shutdown(listener, Int32(SHUT_RDWR))
        _ = acceptLoopEnded.wait(timeout: .now() + 5)
    }

    private func acceptLoop() {
        defer {
            close(listener)
            acceptLoopEnded.signal()
        }
        while true {
            let client = accept(listener, nil, nil)
            lock.lock()
            let done = stopped
            lock.unlock()
            if client < 0 {
                if done { return }
                continue
            }
            if done {
                close(client)
                return
            }
            serve(client)
            close(client)
        }
    }

    private func serve(_ client: Int32) {
        guard let request = readRequest(client) else { return }
        lock.lock()
        let index = received.count
        received.append(request)
        lock.unlock()
        let answer = handler(request, index)
        if answer.delay > 0 { Thread.sleep(forTimeInterval: answer.delay) }
        let body = Data(answer.body.utf8)
        let head =
            "HTTP/1.1 \(answer.status) \(answer.status < 400 ? "OK" : "Error")\r\n"
            + "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(body.count)\r\n"
            + "Connection: close\r\n\r\n"
        write(client, Data(head.utf8) + body)
    }

    private func readRequest(_ client: Int32) -> RecordedRequest? {
        var buffer = Data()
        let separator = Data("\r\n\r\n".utf8)
        var headerEnd: Range<Data.Index>?
        while headerEnd == nil {
            guard let chunk = receive(client) else { return nil }
            buffer.append(chunk)
            headerEnd = buffer.range(of: separator)
        }
        let head = String(decoding: buffer[..<headerEnd!.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ").map(String.init)
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[line[..<colon].lowercased()] = value
        }
        if headers["expect"]?.lowercased() == "100-continue" {
            write(client, Data("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        }
        var body = Data(buffer[headerEnd!.upperBound...])
        let length = Int(headers["content-length"] ?? "0") ?? 0
        while body.count < length {
            guard let chunk = receive(client) else { break }
            body.append(chunk)
        }
        return RecordedRequest(method: requestLine[0], target: requestLine[1], headers: headers, body: body)
    }

    private func receive(_ client: Int32) -> Data? {
        var bytes = [UInt8](repeating: 0, count: 65_536)
        let count = recv(client, &bytes, bytes.count, 0)
        guard count > 0 else { return nil }
        return Data(bytes[0..<count])
    }

    private func write(_ client: Int32, _ data: Data) {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = send(client, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return }
                offset += sent
            }
        }
    }
}

/// A loopback port that nothing listens on: bound, read back, closed.
public func closedLoopbackPort() throws -> UInt16 {
    let server = try MockHTTPServer { _, _ in MockAnswer(status: 200, body: "{}") }
    let port = server.port
    server.stop()
    return port
}
