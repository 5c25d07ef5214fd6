import Foundation
import XuexiModel
import ZIPFoundation

/// Writes tables as a real Office Open XML workbook: one sheet per table, a bold filled and
/// frozen header row, column widths from the content, numbers as numeric cells (rates with a
/// percent format) and text as inline strings (no shared-string table to keep in step).
/// The bytes depend only on the tables and `modified`, so the same report gives the same file.
struct XLSXWriter {
    var sheets: [ReportTable]
    /// The entries' modification date inside the ZIP (the report date), never the clock.
    var modified: Day?

    /// Cell style indices into `cellXfs` of styles.xml.
    enum Style: Int {
        case plain = 0
        case header, percent, decimal, integer
    }

    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: Double((modified ?? Day(year: 1980, month: 1, day: 1)).number) * 86_400)
        let names = XLSXWriter.uniqueSheetNames(sheets.map(\.sheetName))
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes()),
            ("_rels/.rels", rootRelationships()),
            ("xl/workbook.xml", workbook(names)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships()),
            ("xl/styles.xml", XLSXWriter.styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet)))
        }
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<min(bytes.count, Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    // MARK: - Package parts

    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    func contentTypes() -> String {
        var xml = XLSXWriter.header
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml +=
            #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for index in sheets.indices {
            xml +=
                #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        xml +=
            #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        return xml + "</Types>"
    }

    func rootRelationships() -> String {
        XLSXWriter.header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
            + "</Relationships>"
    }

    func workbook(_ names: [String]) -> String {
        var xml =
            XLSXWriter.header
            + #"<workbook xmlns="\#(XLSXWriter.mainNamespace)" xmlns:r="\#(XLSXWriter.relationshipNamespace)">"#
        xml += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (index, name) in names.enumerated() {
            xml += #"<sheet name="\#(XLSXWriter.escape(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return xml + "</sheets></workbook>"
    }

    func workbookRelationships() -> String {
        var xml =
            XLSXWriter.header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in sheets.indices {
            xml +=
                #"<Relationship Id="rId\#(index + 1)" Type="\#(XLSXWriter.relationshipNamespace)/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        xml +=
            #"<Relationship Id="rId\#(sheets.count + 1)" Type="\#(XLSXWriter.relationshipNamespace)/styles" Target="styles.xml"/>"#
        return xml + "</Relationships>"
    }

    /// Fill 0 and 1 are the two the format reserves (none, gray125); the header uses fill 2.
    static let styles =
        header + #"<styleSheet xmlns="\#(mainNamespace)">"#
        + #"<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        + #"<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFF4CCCC"/><bgColor indexed="64"/></patternFill></fill></fills>"#
        + #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        + #"<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="5">"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + "</cellXfs>"
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    func worksheet(_ sheet: ReportTable) -> String {
        let columnCount = max(sheet.headers.count, sheet.rows.map(\.count).max() ?? 0, 1)
        let lastCell = XLSXWriter.column(columnCount - 1) + String(sheet.rows.count + 1)
        var xml =
            XLSXWriter.header
            + #"<worksheet xmlns="\#(XLSXWriter.mainNamespace)" xmlns:r="\#(XLSXWriter.relationshipNamespace)">"#
        xml += #"<dimension ref="A1:\#(lastCell)"/>"#
        xml +=
            #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        xml += #"<sheetFormatPr defaultRowHeight="15"/><cols>"#
        for index in 0..<columnCount {
            let cells =
                [index < sheet.headers.count ? sheet.headers[index] : ""]
                + sheet.rows.map { index < $0.count ? $0[index].text : "" }
            let width = min(60, max(6, cells.map(XLSXWriter.displayWidth).max() ?? 0) + 2)
            xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
        }
        xml += "</cols><sheetData>"
        xml += row(1, sheet.headers.map { ReportTable.Cell.text($0) }, header: true)
        for (offset, cells) in sheet.rows.enumerated() {
            xml += row(offset + 2, cells, header: false)
        }
        return xml + "</sheetData></worksheet>"
    }

    func row(_ number: Int, _ cells: [ReportTable.Cell], header: Bool) -> String {
        var xml = #"<row r="\#(number)">"#
        for (index, cell) in cells.enumerated() {
            let reference = XLSXWriter.column(index) + String(number)
            let style = header ? Style.header : nil
            switch cell {
            case .empty:
                if let style { xml += #"<c r="\#(reference)" s="\#(style.rawValue)"/>"# }
            case .text(let text):
                let space =
                    text.first?.isWhitespace == true || text.last?.isWhitespace == true ? #" xml:space="preserve""# : ""
                xml +=
                    #"<c r="\#(reference)" s="\#((style ?? .plain).rawValue)" t="inlineStr"><is><t\#(space)>\#(XLSXWriter.escape(text))</t></is></c>"#
            case .integer(let value):
                xml += #"<c r="\#(reference)" s="\#((style ?? .integer).rawValue)"><v>\#(value)</v></c>"#
            case .percent(let value):
                xml += numeric(reference, value, style ?? .percent)
            case .decimal(let value):
                xml += numeric(reference, value, style ?? .decimal)
            }
        }
        return xml + "</row>"
    }

    func numeric(_ reference: String, _ value: Double, _ style: Style) -> String {
        guard value.isFinite else { return "" }
        // Swift prints the shortest text that reads back as the same Double: full precision.
        return #"<c r="\#(reference)" s="\#(style.rawValue)"><v>\#(value)</v></c>"#
    }

    // MARK: - Helpers

    /// 0 → A, 25 → Z, 26 → AA.
    static func column(_ index: Int) -> String {
        var name = ""
        var number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// Escapes markup and drops characters XML 1.0 cannot carry (control characters).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Column width in character cells: East Asian wide characters take two, as a spreadsheet shows them.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let value = scalar.value
            let wide =
                (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value)
                || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value)
                || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
            return width + (wide ? 2 : 1)
        }
    }

    /// Sheet names must be unique (case-insensitively), at most 31 characters, without []:*?/\.
    static func uniqueSheetNames(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.enumerated().map { index, name in
            var clean = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
            if clean.isEmpty { clean = "Sheet\(index + 1)" }
            var candidate = clean
            var suffix = 2
            while used.contains(candidate.lowercased()) {
                candidate = String(clean.prefix(28)) + " \(suffix)"
                suffix += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }
}
