import Foundation
import Testing

/// Compares screen lines with the expected ones; on failure prints both with the differing
/// rows marked (`|` shows the edges, so trailing spaces are visible). Run with
/// DASHBOARD_RECORD=DIR to write each actual screen as a Swift literal into DIR.
package func assertLines(_ actual: [String], _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    if let directory = ProcessInfo.processInfo.environment["DASHBOARD_RECORD"] {
        // One file per assertion (tests run in parallel): DIR/File.swift-LINE.txt.
        let literal = actual.map {
            "    \"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\","
        }
        let text =
            "RECORDED at \(sourceLocation.fileName):\(sourceLocation.line)\n[\n" + literal.joined(separator: "\n")
            + "\n]\n"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try? Data(text.utf8).write(
            to: URL(fileURLWithPath: directory).appendingPathComponent(
                "\(sourceLocation.fileName)-\(sourceLocation.line).txt"))
    }
    guard actual != expected else { return }
    var report = "screen differs (> marks a differing row)\n"
    for row in 0..<max(actual.count, expected.count) {
        let got = row < actual.count ? actual[row] : "<missing>"
        let want = row < expected.count ? expected[row] : "<missing>"
        report += "\(got == want ? " " : ">") \(String(format: "%2d", row)) expected |\(want)|\n"
        if got != want { report += "          actual |\(got)|\n" }
    }
    Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
}

/// True when some line contains `text`.
package func screen(_ lines: [String], contains text: String) -> Bool {
    lines.contains { $0.contains(text) }
}
