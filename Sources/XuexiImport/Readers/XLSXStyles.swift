import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Which cell styles show numbers as dates or times: a spreadsheet stores 2026-11-20 as the
/// serial 46346 and only the style's number format says it is a date.
struct XLSXStyles {
    enum Kind: Equatable {
        case number
        case date
        case dateTime
        case time
    }

    /// Indexed by a cell's `s` attribute (its position in `cellXfs`).
    private(set) var kinds: [Kind] = []

    init() {}

    init(archive: XLSXArchive, path: String) throws(XLSXFault) {
        let delegate = StylesDelegate()
        guard XMLPart.parse(try archive.data(path), with: delegate) else { throw .badXML(path) }
        kinds = delegate.cellFormatIDs.map { id in
            if let code = delegate.customFormats[id] { return Self.kind(formatCode: code) }
            return Self.kind(builtin: id)
        }
    }

    func kind(style: Int) -> Kind {
        style >= 0 && style < kinds.count ? kinds[style] : .number
    }

    /// Built-in formats, including the ones Chinese-locale Excel uses (27–36, 50–58).
    static func kind(builtin id: Int) -> Kind {
        switch id {
        case 14...17, 27...31, 36, 50...58: return .date
        case 22: return .dateTime
        case 18...21, 32...35, 45...47: return .time
        default: return .number
        }
    }

    /// Classifies a custom format code by its date and time letters, ignoring literal text
    /// (quoted, escaped), colours and locales in brackets, and AM/PM markers.
    static func kind(formatCode: String) -> Kind {
        var hasDate = false
        var hasTime = false
        var hasMonthOrMinute = false
        var characters = Array(formatCode.lowercased())
        // Only the first section formats positive numbers and dates.
        var inQuote = false
        for (index, character) in characters.enumerated() {
            if character == "\"" { inQuote.toggle() }
            if character == ";" && !inQuote {
                characters = Array(characters[..<index])
                break
            }
        }
        let text = String(characters).replacingOccurrences(of: "am/pm", with: "")
            .replacingOccurrences(of: "a/p", with: "")
        if text == "general" || text == "@" { return .number }
        var iterator = Array(text).makeIterator()
        var bracket = ""
        var inBracket = false
        inQuote = false
        while let character = iterator.next() {
            if inQuote {
                if character == "\"" { inQuote = false }
                continue
            }
            if inBracket {
                if character == "]" {
                    inBracket = false
                    // Elapsed time ([h], [mm], [ss]) is a time; colours and locales are not.
                    if bracket.allSatisfy({ "hms".contains($0) }) && !bracket.isEmpty { hasTime = true }
                } else {
                    bracket.append(character)
                }
                continue
            }
            switch character {
            case "\"": inQuote = true
            case "\\", "_", "*": _ = iterator.next()
            case "[":
                inBracket = true
                bracket = ""
            case "y", "d": hasDate = true
            case "h", "s": hasTime = true
            case "m": hasMonthOrMinute = true
            default: break
            }
        }
        if hasDate { return hasTime ? .dateTime : .date }
        if hasTime { return .time }
        return hasMonthOrMinute ? .date : .number
    }
}

private final class StylesDelegate: NSObject, XMLParserDelegate {
    var customFormats: [Int: String] = [:]
    var cellFormatIDs: [Int] = []
    private var inCellFormats = false

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        switch XMLPart.localName(elementName) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs":
            inCellFormats = true
        case "xf":
            if inCellFormats { cellFormatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0) }
        default:
            break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        if XMLPart.localName(elementName) == "cellXfs" { inCellFormats = false }
    }
}
