import Foundation

/// A progress line on stderr for imports that take more than a second; silent when stderr
/// is not a terminal so logs and pipes stay clean.
final class ProgressLine: @unchecked Sendable {
    private let enabled = isatty(2) == 1
    private var shown = false

    func update(_ text: String, rows: Int, elapsed: Double) {
        guard enabled, elapsed >= 1 else { return }
        let rate = Int(Double(rows) / max(elapsed, 0.001))
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)  \(rate)/s".utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}

/// A one-line progress bar on stderr (only on a terminal).
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    init(enabled: Bool) { self.enabled = enabled }

    func show(_ label: String, done: Int, total: Int) {
        guard enabled else { return }
        let width = 30
        let filled = total > 0 ? width * done / total : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(label) \(bar) \(done)/\(total)".utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
