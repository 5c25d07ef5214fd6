import Testing
import Widgets

@testable import TerminalKit

/// Records what the renderer asks of the terminal.
final class RecordingOutput: TerminalOutput {
    struct Put: Equatable {
        var symbol: String
        var x: Int
        var y: Int
        var pair: Int16
        var attributes: TextAttributes
    }

    var colorPairCount: Int32 = 256
    var pairs: [(pair: Int16, foreground: Int16, background: Int16)] = []
    var puts: [Put] = []
    var clears = 0
    var cursorMoves: [(x: Int, y: Int)] = []
    var updates = 0

    func definePair(_ pair: Int16, foreground: Int16, background: Int16) -> Bool {
        pairs.append((pair, foreground, background))
        return true
    }

    func clearOnNextUpdate() { clears += 1 }
    func put(_ symbol: String, x: Int, y: Int, pair: Int16, attributes: TextAttributes) {
        puts.append(Put(symbol: symbol, x: x, y: y, pair: pair, attributes: attributes))
    }
    func moveCursor(x: Int, y: Int) { cursorMoves.append((x, y)) }
    func update() { updates += 1 }

    func reset() {
        puts = []
        updates = 0
        clears = 0
    }
}

@Suite("Terminal renderer")
struct TerminalRendererTests {
    private func frame(_ text: String, style: Style = .plain) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: 4, height: 2)
        _ = buffer.write(text, x: 0, y: 0, style: style)
        return buffer
    }

    @Test("The first frame is written whole after a clear; an unchanged frame writes nothing")
    func firstAndUnchangedFrames() {
        let output = RecordingOutput()
        var renderer = TerminalRenderer(output: output, depth: .indexed256, hasDefaultColors: true)
        renderer.present(frame("ab"))
        #expect(output.clears == 1)
        #expect(output.puts.count == 8)
        #expect(output.puts.first == .init(symbol: "a", x: 0, y: 0, pair: 0, attributes: []))
        #expect(output.updates == 1)
        output.reset()
        renderer.present(frame("ab"))
        #expect(output.puts.isEmpty)
        #expect(output.updates == 0)
    }

    @Test("Only changed cells are written, and invalidate repaints everything")
    func changedCells() {
        let output = RecordingOutput()
        var renderer = TerminalRenderer(output: output, depth: .indexed256, hasDefaultColors: true)
        renderer.present(frame("ab"))
        output.reset()
        renderer.present(frame("ax"))
        #expect(output.puts == [.init(symbol: "x", x: 1, y: 0, pair: 0, attributes: [])])
        #expect(output.clears == 0)
        output.reset()
        renderer.invalidate()
        renderer.present(frame("ax"))
        #expect(output.clears == 1)
        #expect(output.puts.count == 8)
    }

    @Test("Colours get one pair each, reused; monochrome uses none")
    func colourPairs() {
        let style = Style(foreground: .indexed(1), background: .indexed(4), attributes: [.bold])
        let output = RecordingOutput()
        var renderer = TerminalRenderer(output: output, depth: .indexed256, hasDefaultColors: true)
        renderer.present(frame("rr", style: style))
        #expect(output.pairs.count == 1)
        #expect(output.pairs.first?.foreground == 1)
        #expect(output.pairs.first?.background == 4)
        #expect(output.puts.first == .init(symbol: "r", x: 0, y: 0, pair: 1, attributes: [.bold]))

        let mono = RecordingOutput()
        var monoRenderer = TerminalRenderer(output: mono, depth: .monochrome, hasDefaultColors: true)
        monoRenderer.present(frame("rr", style: style))
        #expect(mono.pairs.isEmpty)
        #expect(mono.puts.first?.pair == 0)
    }

    @Test("A moved cursor alone still updates the screen")
    func cursorOnly() {
        let output = RecordingOutput()
        var renderer = TerminalRenderer(output: output, depth: .indexed256, hasDefaultColors: true)
        renderer.present(frame("ab"), cursor: (1, 0))
        output.reset()
        renderer.present(frame("ab"), cursor: (2, 0))
        #expect(output.puts.isEmpty)
        #expect(output.cursorMoves.last.map { [$0.x, $0.y] } == [2, 0])
        #expect(output.updates == 1)
    }
}
