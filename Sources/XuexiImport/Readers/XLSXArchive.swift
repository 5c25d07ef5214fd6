import Foundation
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The ZIP container of a workbook: finds parts by path (case-insensitively, as some writers
/// vary the case) and extracts them with their CRC checked, since ZIPFoundation leaves that
/// to the caller.
final class XLSXArchive {
    private let archive: Archive
    private let pathsByLowercase: [String: String]

    /// Opens `url`, telling a non-ZIP file (a CSV renamed .xlsx, an old .xls) from a damaged one.
    init(url: URL) throws(XLSXFault) {
        let magic = try Self.leadingBytes(of: url, count: 8)
        if magic.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .oldXLS }
        if !magic.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // An empty ZIP (PK\5\6) holds no workbook either; call it damaged, not "not a ZIP".
            if magic.starts(with: [0x50, 0x4B, 0x05, 0x06]) { throw .missingPart("xl/workbook.xml") }
            throw .notZip
        }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .archive
        }
        var paths: [String: String] = [:]
        for entry in archive where entry.type == .file {
            paths[entry.path.lowercased()] = entry.path
        }
        pathsByLowercase = paths
    }

    func contains(_ path: String) -> Bool { entry(path) != nil }

    /// The whole part in memory; for workbook, relationships, styles and shared strings.
    func data(_ path: String) throws(XLSXFault) -> Data {
        guard let entry = entry(path) else { throw .missingPart(path) }
        var data = Data()
        data.reserveCapacity(Int(min(entry.uncompressedSize, 64 << 20)))
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            if checksum != entry.checksum { throw XLSXFault.unreadablePart(path) }
        } catch {
            throw .unreadablePart(path)
        }
        return data
    }

    /// A sheet part as a byte stream: in memory when small, else through an unlinked temporary
    /// file so a million-row sheet never sits in memory decompressed.
    func stream(_ path: String, memoryLimit: Int = 16 << 20) throws(XLSXFault) -> XLSXPartStream {
        guard let entry = entry(path) else { throw .missingPart(path) }
        if entry.uncompressedSize <= UInt64(memoryLimit) {
            return .memory(try data(path))
        }
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("xuexi-sheet-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            // Written through our own handle: extract(to:) would copy the entry's permission
            // bits, which some writers leave at 0 and which would then lock us out.
            guard
                FileManager.default.createFile(
                    atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600])
            else {
                throw XLSXFault.unreadablePart(path)
            }
            let writer = try FileHandle(forWritingTo: temporary)
            let checksum: CRC32
            do {
                defer { try? writer.close() }
                checksum = try archive.extract(entry, skipCRC32: false) { try writer.write(contentsOf: $0) }
            }
            if checksum != entry.checksum { throw XLSXFault.unreadablePart(path) }
            // Opened before the deferred removal: the data stays readable until closed.
            return .file(try FileHandle(forReadingFrom: temporary))
        } catch {
            throw .unreadablePart(path)
        }
    }

    private func entry(_ path: String) -> Entry? {
        if let entry = archive[path] { return entry }
        guard let actual = pathsByLowercase[path.lowercased()] else { return nil }
        return archive[actual]
    }

    private static func leadingBytes(of url: URL, count: Int) throws(XLSXFault) -> [UInt8] {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw .unreadable(errno) }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(errno)
            }
            if n == 0 { break }
            filled += n
        }
        return Array(bytes.prefix(filled))
    }
}

/// Where the bytes of a sheet part come from.
enum XLSXPartStream {
    case memory(Data)
    case file(FileHandle)
}
