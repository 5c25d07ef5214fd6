import Foundation
import XuexiModel

extension Importer {
    /// What a file really is when its first bytes say it is not the export its name claims:
    /// a picture or a PDF saved under a .csv name, a ZIP that is not a workbook. Named in
    /// the message instead of quoting its bytes as text ("塒NG").
    static func foreignFormat(of url: URL) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        let signatures: [(bytes: [UInt8], name: String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "PNG"), ([0xFF, 0xD8, 0xFF], "JPEG"), ([0x47, 0x49, 0x46, 0x38], "GIF"),
            ([0x25, 0x50, 0x44, 0x46], "PDF"), ([0xD0, 0xCF, 0x11, 0xE0], "XLS (Excel 97-2003)"),
            ([0x1F, 0x8B], "GZIP"), ([0x52, 0x61, 0x72, 0x21], "RAR"), ([0x37, 0x7A, 0xBC, 0xAF], "7Z"),
        ]
        for signature in signatures where head.starts(with: signature.bytes) { return signature.name }
        let isZip = head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06])
        if isZip && url.pathExtension.lowercased() != "xlsx" { return "ZIP" }
        return nil
    }

    /// Refuses a file whose bytes are another format, naming it.
    func refuseForeignFormat(_ url: URL) throws {
        if let format = Importer.foreignFormat(of: url) {
            throw ImportProblem(file: url.lastPathComponent, expected: text(ImportText.expectedNotForeign, format))
        }
    }
}
