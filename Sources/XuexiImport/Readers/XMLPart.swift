import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs a SAX delegate over one XML document. External entities stay unresolved: a workbook
/// comes from outside and must not make the reader open other files.
enum XMLPart {
    static func parse(_ data: Data, with delegate: XMLParserDelegate) -> Bool {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let ok = parser.parse()
        parser.delegate = nil
        return ok
    }

    /// `x:row` → `row`: writers may prefix the SpreadsheetML namespace; the local name is what matters.
    @inline(__always)
    static func localName(_ name: String) -> Substring {
        if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
        return name[...]
    }
}
