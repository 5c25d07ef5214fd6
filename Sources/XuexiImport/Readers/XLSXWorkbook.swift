import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The workbook's table of contents: sheet names in order with the part holding each, where
/// the shared strings and styles live, and the date system.
struct XLSXWorkbook {
    struct Sheet: Equatable {
        var name: String
        var path: String
    }

    var sheets: [Sheet] = []
    var sharedStringsPath: String?
    var stylesPath: String?
    var uses1904Dates = false

    init(archive: XLSXArchive) throws(XLSXFault) {
        let workbookPath = try Self.workbookPath(archive)
        let directory = Self.directory(of: workbookPath)
        let workbookDelegate = WorkbookDelegate()
        guard XMLPart.parse(try archive.data(workbookPath), with: workbookDelegate) else {
            throw .badXML(workbookPath)
        }
        uses1904Dates = workbookDelegate.uses1904Dates

        let relsPath = "\(directory)_rels/\(workbookPath.split(separator: "/").last ?? "workbook.xml").rels"
        var targets: [String: String] = [:]
        if archive.contains(relsPath) {
            let rels = RelationshipsDelegate()
            guard XMLPart.parse(try archive.data(relsPath), with: rels) else { throw .badXML(relsPath) }
            for relationship in rels.relationships {
                let path = Self.resolve(relationship.target, in: directory)
                targets[relationship.id] = path
                if relationship.type.hasSuffix("/sharedStrings") { sharedStringsPath = path }
                if relationship.type.hasSuffix("/styles") { stylesPath = path }
            }
        }
        // Without relationships, fall back to the names every writer uses.
        if sharedStringsPath == nil, archive.contains("\(directory)sharedStrings.xml") {
            sharedStringsPath = "\(directory)sharedStrings.xml"
        }
        if stylesPath == nil, archive.contains("\(directory)styles.xml") { stylesPath = "\(directory)styles.xml" }
        for (index, sheet) in workbookDelegate.sheets.enumerated() {
            let path = sheet.relationshipID.flatMap { targets[$0] } ?? "\(directory)worksheets/sheet\(index + 1).xml"
            sheets.append(Sheet(name: sheet.name, path: path))
        }
        if sheets.isEmpty { throw .noSheets }
    }

    /// `xl/workbook.xml`, or wherever the package relationships point.
    private static func workbookPath(_ archive: XLSXArchive) throws(XLSXFault) -> String {
        if archive.contains("xl/workbook.xml") { return "xl/workbook.xml" }
        if archive.contains("_rels/.rels") {
            let rels = RelationshipsDelegate()
            guard XMLPart.parse(try archive.data("_rels/.rels"), with: rels) else { throw .badXML("_rels/.rels") }
            if let main = rels.relationships.first(where: { $0.type.hasSuffix("/officeDocument") }) {
                let path = resolve(main.target, in: "")
                if archive.contains(path) { return path }
            }
        }
        throw .missingPart("xl/workbook.xml")
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// Targets are relative to the workbook's folder unless they start with "/".
    static func resolve(_ target: String, in directory: String) -> String {
        var components: [Substring] = []
        let full = target.hasPrefix("/") ? String(target.dropFirst()) : directory + target
        for component in full.split(separator: "/", omittingEmptySubsequences: true) {
            if component == "." { continue }
            if component == ".." {
                _ = components.popLast()
            } else {
                components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}

private final class WorkbookDelegate: NSObject, XMLParserDelegate {
    struct SheetEntry {
        var name: String
        var relationshipID: String?
    }

    var sheets: [SheetEntry] = []
    var uses1904Dates = false

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        switch XMLPart.localName(elementName) {
        case "sheet":
            // The relationship attribute is `r:id` with whatever prefix the writer bound.
            let id = attributes.first { key, _ in key.hasSuffix(":id") }?.value ?? attributes["id"]
            sheets.append(SheetEntry(name: attributes["name"] ?? "", relationshipID: id))
        case "workbookPr":
            let value = attributes["date1904"]?.lowercased()
            uses1904Dates = value == "1" || value == "true"
        default:
            break
        }
    }
}

private final class RelationshipsDelegate: NSObject, XMLParserDelegate {
    struct Relationship {
        var id: String
        var target: String
        var type: String
    }

    var relationships: [Relationship] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        guard XMLPart.localName(elementName) == "Relationship",
            let id = attributes["Id"], let target = attributes["Target"],
            attributes["TargetMode"] != "External"
        else { return }
        relationships.append(Relationship(id: id, target: target, type: attributes["Type"] ?? ""))
    }
}
