import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The workbook's shared string table. Rich text runs (`<r><t>`) are concatenated; phonetic
/// guides (`<rPh>`) are not part of the text.
enum XLSXSharedStrings {
    static func load(_ archive: XLSXArchive, path: String) throws(XLSXFault) -> [String] {
        let delegate = SharedStringsDelegate()
        guard XMLPart.parse(try archive.data(path), with: delegate) else { throw .badXML(path) }
        return delegate.strings
    }
}

private final class SharedStringsDelegate: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        switch XMLPart.localName(elementName) {
        case "si":
            inItem = true
            current = ""
        case "t":
            inText = inItem && phoneticDepth == 0
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
        case "si":
            strings.append(current)
            inItem = false
        case "t":
            inText = false
        case "rPh":
            phoneticDepth -= 1
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}
