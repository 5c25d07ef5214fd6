import Foundation
import XuexiModel

/// Streams the rows of one worksheet of an XLSX workbook as text cells: shared and inline
/// strings, numbers (whole numbers without ".0"), booleans (TRUE/FALSE), error values as
/// shown (#N/A), and date-formatted numbers as `YYYY-MM-DD` (with ` HH:MM:SS` when the format
/// shows a time and there is one; pure time formats as `HH:MM:SS`). `line` is the sheet row
/// number; rows without any text are skipped and trailing empty cells dropped.
public struct XLSXReader: TabularRowSource {
    public let fileName: String
    /// The sheet being read.
    public let sheetName: String
    private let language: Language
    private let stream: XLSXSheetStream
    private var batch: [TabularRow] = []
    private var batchIndex = 0

    /// The workbook's sheet names, in tab order.
    public static func sheetNames(url: URL, language: Language = .zh) throws -> [String] {
        do {
            let archive = try XLSXArchive(url: url)
            return try XLSXWorkbook(archive: archive).sheets.map(\.name)
        } catch {
            throw error.problem(file: url.lastPathComponent, language: language)
        }
    }

    /// Opens the first sheet, or the one named `sheet` (exact name, else ignoring case and
    /// surrounding spaces).
    public init(url: URL, sheet: String? = nil, language: Language = .zh) throws {
        try self.init(url: url, sheet: sheet, language: language, memoryLimit: 16 << 20, chunkSize: 1 << 20)
    }

    /// Tests lower the limits to drive the temporary-file path and cut batches everywhere.
    init(url: URL, sheet: String?, language: Language, memoryLimit: Int, chunkSize: Int) throws {
        fileName = url.lastPathComponent
        self.language = language
        do {
            let archive = try XLSXArchive(url: url)
            let workbook = try XLSXWorkbook(archive: archive)
            let chosen = try Self.choose(sheet, in: workbook.sheets)
            sheetName = chosen.name
            let sharedStrings =
                try workbook.sharedStringsPath.map { path throws(XLSXFault) in
                    try XLSXSharedStrings.load(archive, path: path)
                } ?? []
            let styles =
                try workbook.stylesPath.map { path throws(XLSXFault) in
                    try XLSXStyles(archive: archive, path: path)
                } ?? XLSXStyles()
            stream = XLSXSheetStream(
                source: try archive.stream(chosen.path, memoryLimit: memoryLimit), path: chosen.path,
                sharedStrings: sharedStrings, styles: styles, uses1904Dates: workbook.uses1904Dates,
                chunkSize: chunkSize)
        } catch {
            throw error.problem(file: url.lastPathComponent, language: language)
        }
    }

    public mutating func nextRow() throws -> TabularRow? {
        while batchIndex == batch.count {
            let next: [TabularRow]?
            do {
                next = try stream.nextBatch()
            } catch {
                throw error.problem(file: fileName, line: stream.lastRowNumber + 1, language: language)
            }
            guard let next else { return nil }
            batch = next
            batchIndex = 0
        }
        defer { batchIndex += 1 }
        return batch[batchIndex]
    }

    private static func choose(_ name: String?, in sheets: [XLSXWorkbook.Sheet]) throws(XLSXFault) -> XLSXWorkbook.Sheet
    {
        guard let name else { return sheets[0] }
        if let exact = sheets.first(where: { $0.name == name }) { return exact }
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        if let loose = sheets.first(where: { $0.name.trimmingCharacters(in: .whitespaces).lowercased() == wanted }) {
            return loose
        }
        throw .unknownSheet(name, available: sheets.map(\.name))
    }
}
