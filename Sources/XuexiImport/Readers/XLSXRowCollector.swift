import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// SAX delegate turning `<row>`/`<c>` elements into text rows: cells are placed by their
/// reference (A1, AB7), gaps filled with "", trailing empty cells dropped, and rows without
/// any text skipped. Row numbers come from `r`, or follow the previous row when it is absent.
final class XLSXRowCollector: NSObject, XMLParserDelegate {
    var rows: [TabularRow] = []
    var fault: XLSXFault?
    /// Carried across batches: the number a row without `r` gets.
    private(set) var nextRowNumber = 1

    private let sharedStrings: [String]
    private let styles: XLSXStyles
    private let uses1904Dates: Bool

    private var rowNumber = 0
    private var cells: [String] = []
    private var inRow = false
    private var nextColumn = 0

    private var inCell = false
    private var cellColumn = 0
    private var cellType = ""
    private var cellStyle = 0
    private var value = ""
    private var inlineText = ""
    private var capturingValue = false
    private var capturingInline = false
    private var inInlineString = false
    private var phoneticDepth = 0

    init(sharedStrings: [String], styles: XLSXStyles, uses1904Dates: Bool) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.uses1904Dates = uses1904Dates
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        switch XMLPart.localName(elementName) {
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) } ?? nextRowNumber
            cells.removeAll(keepingCapacity: true)
            nextColumn = 0
            inRow = true
        case "c":
            guard inRow else { return }
            inCell = true
            cellColumn = attributes["r"].flatMap(Self.columnIndex) ?? nextColumn
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
            value = ""
            inlineText = ""
        case "v":
            capturingValue = inCell
        case "is":
            inInlineString = inCell
        case "t":
            capturingInline = inInlineString && phoneticDepth == 0
        case "rPh":
            phoneticDepth += 1
        default:
            break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        switch XMLPart.localName(elementName) {
        case "v":
            capturingValue = false
        case "t":
            capturingInline = false
        case "is":
            inInlineString = false
        case "rPh":
            phoneticDepth -= 1
        case "c":
            guard inCell else { return }
            inCell = false
            let text = cellText()
            if fault != nil {
                parser.abortParsing()
                return
            }
            if cellColumn >= cells.count {
                if text.isEmpty { break }
                cells.append(contentsOf: repeatElement("", count: cellColumn - cells.count))
                cells.append(text)
            } else {
                cells[cellColumn] = text
            }
            nextColumn = cellColumn + 1
        case "row":
            inRow = false
            nextRowNumber = rowNumber + 1
            while let last = cells.last, last.isEmpty { cells.removeLast() }
            if !cells.isEmpty { rows.append(TabularRow(line: rowNumber, cells: cells)) }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturingValue {
            value += string
        } else if capturingInline {
            inlineText += string
        }
    }

    private func cellText() -> String {
        switch cellType {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)) else { return "" }
            guard index >= 0 && index < sharedStrings.count else {
                fault = .badSharedString(index)
                return ""
            }
            return sharedStrings[index]
        case "inlineStr":
            return inlineText
        case "str", "e", "d":
            return value
        case "b":
            return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        default:
            if value.isEmpty { return "" }
            let kind = styles.kind(style: cellStyle)
            if kind == .number { return XLSXCellText.number(value) }
            return XLSXCellText.date(value, kind: kind, uses1904: uses1904Dates)
        }
    }

    /// "A1" → 0, "AB7" → 27; nil when the reference has no letters.
    static func columnIndex(_ reference: String) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "$"): continue
            default:
                if letters == 0 && column == 0 { return nil }
                return column - 1
            }
            letters += 1
            if column > 16_384 { return nil }
        }
        return letters > 0 ? column - 1 : nil
    }
}
