import Foundation
import XuexiModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opens a CSV or XLSX file as rows, whatever its name says: a ZIP signature means XLSX (a
/// workbook saved as .csv still opens), `.xlsx`/`.xlsm` names go to the XLSX reader (which
/// explains when the content is not a workbook), and everything else is read as CSV.
public enum TabularFile {
    public static func open(
        url: URL, encoding: TextEncodingChoice = .auto, sheet: String? = nil, language: Language = .zh
    ) throws -> any TabularRowSource {
        let lowercasedExtension = url.pathExtension.lowercased()
        if isZip(url) || lowercasedExtension == "xlsx" || lowercasedExtension == "xlsm" || lowercasedExtension == "xls"
        {
            return try XLSXReader(url: url, sheet: sheet, language: language)
        }
        let delimiter: Character = lowercasedExtension == "tsv" ? "\t" : ","
        return try CSVReader(url: url, encoding: encoding, language: language, delimiter: delimiter)
    }

    /// True when the file starts with a ZIP local-file signature ("PK\u{3}\u{4}").
    public static func isZip(_ url: URL) -> Bool {
        let fd = openForReading(url.path)
        if fd < 0 { return false }
        defer { close(fd) }
        var magic = [UInt8](repeating: 0, count: 4)
        let n = magic.withUnsafeMutableBytes { read(fd, $0.baseAddress, 4) }
        return n == 4 && magic == [0x50, 0x4B, 0x03, 0x04]
    }
}
