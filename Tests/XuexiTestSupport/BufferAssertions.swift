import Testing
import Widgets

/// Compares a buffer's text with the expected screen, line by line, and on failure prints
/// both screens side by side with the differing rows marked, so the mismatch is obvious.
package func assertBuffer(
    _ buffer: ScreenBuffer, equals expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
    let actual = buffer.lines()
    guard actual != expected else { return }
    #expect(
        actual == expected, Comment(rawValue: screenDiff(actual: actual, expected: expected)),
        sourceLocation: sourceLocation)
}

/// Same as `assertBuffer`, for style maps built with `ScreenBuffer.styleLines`.
package func assertLines(
    _ actual: [String], equals expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
    guard actual != expected else { return }
    #expect(
        actual == expected, Comment(rawValue: screenDiff(actual: actual, expected: expected)),
        sourceLocation: sourceLocation)
}

package func screenDiff(actual: [String], expected: [String]) -> String {
    var report = "screen differs (> marks a differing row; | shows the edges)\n"
    for row in 0..<max(actual.count, expected.count) {
        let got = row < actual.count ? actual[row] : "<missing>"
        let want = row < expected.count ? expected[row] : "<missing>"
        let marker = got == want ? " " : ">"
        report += "\(marker) \(row): expected |\(want)|\n"
        if got != want { report += "       actual   |\(got)|\n" }
    }
    return report
}

/// A buffer with `widget` rendered into its whole area.
package func rendered(_ widget: some Widget, width: Int, height: Int) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    widget.render(in: buffer.area, buffer: &buffer)
    return buffer
}
