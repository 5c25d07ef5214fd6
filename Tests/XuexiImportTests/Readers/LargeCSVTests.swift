import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiImport

@Suite("Readers: large CSV")
struct ReadersLargeCSVTests {
    /// A 200 MB CSV is streamed: every row is read, and neither the reader's buffer nor the
    /// process's peak memory grows with the file.
    @Test func twoHundredMegabytesStreamWithBoundedMemory() throws {
        let scratch = try ScratchDirectory()
        let url = scratch.url.appendingPathComponent("large.csv")
        let note = String(repeating: "学习强国积分备注", count: 6)  // 144 bytes of UTF-8
        var block = Data()
        let rowsPerBlock = 4_000
        for index in 0..<rowsPerBlock {
            block.append(
                contentsOf: Array("L\(1_000_000 + index),2026-11-20,\"\(note), 第\(index)行\",\(index % 61)\r\n".utf8))
        }
        let targetSize = 200 * 1_000_000
        let blocks = (targetSize + block.count - 1) / block.count
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        handle.write(Data("学员编号,日期,备注,当日积分\r\n".utf8))
        for _ in 0..<blocks { handle.write(block) }
        try handle.close()
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        #expect(size >= targetSize)

        ProcessMemory.resetPeak()
        let peakBefore = ProcessMemory.peakKiB()
        var reader = try CSVReader(url: url)
        var count = 0
        var last: TabularRow?
        var widest = 0
        while let row = try reader.nextRow() {
            count += 1
            widest = max(widest, row.cells.count)
            last = row
        }
        let peakAfter = ProcessMemory.peakKiB()

        #expect(count == 1 + blocks * rowsPerBlock)
        #expect(widest == 4)
        #expect(
            last
                == TabularRow(
                    line: 1 + blocks * rowsPerBlock,
                    cells: [
                        "L\(1_000_000 + rowsPerBlock - 1)", "2026-11-20", "\(note), 第\(rowsPerBlock - 1)行",
                        "\((rowsPerBlock - 1) % 61)",
                    ]))
        #expect(reader.bufferCapacity <= 4 << 20)
        if let peakBefore, let peakAfter {
            // Loading the file whole would add at least 200 MB.
            #expect(peakAfter - peakBefore < 150 * 1024, "peak grew by \(peakAfter - peakBefore) KiB")
        }
    }
}
