import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a worksheet part a batch of rows at a time. XMLParser only parses whole documents,
/// so the sheet is cut after a `</row>` end tag and each batch is parsed as a small document:
/// the sheet's own opening up to `<sheetData>` (with its namespace declarations), the rows,
/// then the closing tags. An end tag cannot occur inside XML text (`<` is always escaped),
/// so the cut is exact, and memory stays bounded by the batch size.
final class XLSXSheetStream {
    private let source: XLSXPartStream
    private let path: String
    private let chunkSize: Int
    private var sourceOffset = 0
    private var sourceDone = false
    private var buffer: [UInt8] = []
    private var prologue: [UInt8] = []
    private var epilogue: [UInt8] = []
    private var rowEndTag: [UInt8] = []
    private var sheetDataEndTag: [UInt8] = []
    private var inRows = false
    private var finished = false
    private let collector: XLSXRowCollector

    init(
        source: XLSXPartStream, path: String, sharedStrings: [String], styles: XLSXStyles, uses1904Dates: Bool,
        chunkSize: Int = 1 << 20
    ) {
        self.source = source
        self.path = path
        self.chunkSize = chunkSize
        collector = XLSXRowCollector(sharedStrings: sharedStrings, styles: styles, uses1904Dates: uses1904Dates)
    }

    deinit {
        if case .file(let handle) = source { try? handle.close() }
    }

    /// The next rows of the sheet (possibly several hundred), or nil at the end.
    func nextBatch() throws(XLSXFault) -> [TabularRow]? {
        while !finished {
            if !inRows {
                try findSheetData()
                continue
            }
            if let cut = lastRowEnd() {
                let rows = try parse(Array(buffer[..<cut]))
                buffer.removeSubrange(..<cut)
                if !rows.isEmpty { return rows }
                continue
            }
            if sourceDone {
                // Only the end of sheetData (and what follows it) may remain.
                guard find(sheetDataEndTag, in: buffer, from: 0) != nil else { throw .badXML(path) }
                finished = true
                buffer = []
                return nil
            }
            try readMore()
        }
        return nil
    }

    /// The last sheet row number handed out; problems past it point just after.
    var lastRowNumber: Int { collector.nextRowNumber - 1 }

    private func readMore() throws(XLSXFault) {
        switch source {
        case .memory(let data):
            let end = min(data.count, sourceOffset + chunkSize)
            buffer.append(contentsOf: data[data.startIndex + sourceOffset..<data.startIndex + end])
            sourceOffset = end
            if end == data.count { sourceDone = true }
        case .file(let handle):
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: chunkSize)
            } catch {
                throw .unreadablePart(path)
            }
            if let chunk, !chunk.isEmpty {
                buffer.append(contentsOf: chunk)
            } else {
                sourceDone = true
            }
        }
    }

    /// Splits off everything up to `<sheetData …>` as the prologue of every batch.
    private func findSheetData() throws(XLSXFault) {
        let marker = Array("sheetData".utf8)
        var searchFrom = 0
        while true {
            if let found = find(marker, in: buffer, from: searchFrom) {
                var lessThan = found - 1
                while lessThan >= 0 && buffer[lessThan] != UInt8(ascii: "<") && isNameByte(buffer[lessThan]) {
                    lessThan -= 1
                }
                let isStartTag =
                    lessThan >= 0 && buffer[lessThan] == UInt8(ascii: "<")
                    && (found + marker.count < buffer.count ? !isNameByte(buffer[found + marker.count]) : true)
                if isStartTag {
                    guard let close = buffer[(found + marker.count)...].firstIndex(of: UInt8(ascii: ">")) else {
                        if sourceDone { throw .badXML(path) }
                        try readMore()
                        continue
                    }
                    let prefix = Array(buffer[(lessThan + 1)..<found])
                    guard let rootName = rootElementName() else { throw .badXML(path) }
                    if buffer[close - 1] == UInt8(ascii: "/") {
                        // <sheetData/>: a sheet without rows.
                        finished = true
                        buffer = []
                        return
                    }
                    prologue = Array(buffer[...close])
                    epilogue = Array("</".utf8) + prefix + marker + Array("></".utf8) + rootName + Array(">".utf8)
                    rowEndTag = Array("</".utf8) + prefix + Array("row".utf8)
                    sheetDataEndTag = Array("</".utf8) + prefix + marker
                    buffer.removeSubrange(...close)
                    inRows = true
                    return
                }
                searchFrom = found + marker.count
                continue
            }
            if sourceDone { throw .badXML(path) }
            searchFrom = max(0, buffer.count - marker.count - 64)
            try readMore()
        }
    }

    /// The qualified name of the document element, for the closing tag of each batch.
    private func rootElementName() -> [UInt8]? {
        var index = 0
        while index < buffer.count {
            guard let open = buffer[index...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
            let next = open + 1 < buffer.count ? buffer[open + 1] : 0
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                index = open + 1
                continue
            }
            var end = open + 1
            while end < buffer.count && isNameByte(buffer[end]) { end += 1 }
            return Array(buffer[(open + 1)..<end])
        }
        return nil
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: ":"), UInt8(ascii: "_"),
            UInt8(ascii: "-"), UInt8(ascii: "."), 0x80...0xFF:
            return true
        default:
            return false
        }
    }

    /// The index just past the last complete `</row>` in the buffer.
    private func lastRowEnd() -> Int? {
        let tag = rowEndTag
        var index = buffer.count - tag.count
        while index >= 0 {
            if buffer[index] == UInt8(ascii: "<") && buffer[index + 1] == UInt8(ascii: "/") {
                var matches = true
                for offset in 2..<tag.count where buffer[index + offset] != tag[offset] {
                    matches = false
                    break
                }
                if matches {
                    var end = index + tag.count
                    while end < buffer.count
                        && (buffer[end] == 0x20 || buffer[end] == 0x09 || buffer[end] == 0x0A || buffer[end] == 0x0D)
                    {
                        end += 1
                    }
                    if end < buffer.count && buffer[end] == UInt8(ascii: ">") { return end + 1 }
                }
            }
            index -= 1
        }
        return nil
    }

    private func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        let first = needle[0]
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    private func parse(_ rows: [UInt8]) throws(XLSXFault) -> [TabularRow] {
        var document = Data(capacity: prologue.count + rows.count + epilogue.count)
        document.append(contentsOf: prologue)
        document.append(contentsOf: rows)
        document.append(contentsOf: epilogue)
        collector.rows.removeAll(keepingCapacity: true)
        let ok = XMLPart.parse(document, with: collector)
        if let fault = collector.fault { throw fault }
        if !ok { throw .badXML(path) }
        return collector.rows
    }
}
