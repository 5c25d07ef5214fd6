import Foundation
import GRDB
import XuexiModel

/// Every learner's code, name, org and letter sets (`PinyinLetters`) in flat arrays, so a
/// search keystroke tests a city roster in memory instead of stepping through 570,000 SQLite
/// rows (~140 ms at city scale, more than a keystroke may take). About 60 bytes a learner.
struct LearnerSearchIndex: Sendable {
    /// What the index was built from: the last import and the roster's size. Any import
    /// (or undo) that could change a name, code or org changes it.
    struct Version: Equatable, Sendable {
        var importId: Int64
        var importDigest: String?
        /// How many imports are on record: undoing an older import (which can rename or move
        /// learners) changes neither the newest record nor the largest learner id, but this.
        var imports: Int
        var maxLearnerId: Int64
    }

    let version: Version
    /// The org tree as of `version` (orgs change only with an import too).
    let tree: OrgTree
    private(set) var ids: [Int64] = []
    /// Each learner's org as an index into `tree` (-1: not in the tree, never found).
    private(set) var orgIndex: [Int32] = []
    private(set) var letters: [PinyinLetters.Mask] = []
    private(set) var starts: [PinyinLetters.Mask] = []
    private(set) var sure: [PinyinLetters.Mask] = []
    /// Code then name of each learner, UTF-8: learner i's code is `text[offsets[2i]..<offsets[2i+1]]`,
    /// its name `text[offsets[2i+1]..<offsets[2i+2]]`.
    private(set) var text: [UInt8] = []
    private(set) var offsets: [Int32] = [0]

    var count: Int { ids.count }

    static func version(_ db: Database) throws -> Version {
        let last = try Row.fetchOne(db, sql: "SELECT id, sha256 FROM import_record ORDER BY id DESC LIMIT 1")
        // Lookups on the small import table and the learner key only: no count of a city's roster
        // on every keystroke.
        let imports = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import_record") ?? 0
        let maxLearnerId = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM learner") ?? 0
        return Version(importId: last?[0] ?? 0, importDigest: last?[1], imports: imports, maxLearnerId: maxLearnerId)
    }

    init(_ db: Database, version: Version) throws {
        self.version = version
        let tree = try OrgTree.load(db)
        self.tree = tree
        var indexOfOrg: [Int64: Int32] = [:]
        for (index, org) in tree.orgs.enumerated() { indexOfOrg[org.id] = Int32(index) }
        let expected = Int(version.maxLearnerId)
        ids.reserveCapacity(expected)
        orgIndex.reserveCapacity(expected)
        letters.reserveCapacity(expected)
        starts.reserveCapacity(expected)
        sure.reserveCapacity(expected)
        offsets.reserveCapacity(2 * expected + 1)
        let statement = try RawStatement(db, sql: "SELECT id, code, name, org_id FROM learner", cached: false)
        try statement.forEachRow(db) { row in
            ids.append(Int64(row.int(0)))
            orgIndex.append(indexOfOrg[Int64(row.int(3))] ?? -1)
            let masks = row.withTextBytes(2) { name in
                row.withTextBytes(1) { code in
                    text.append(contentsOf: code)
                    offsets.append(Int32(text.count))
                    text.append(contentsOf: name)
                    offsets.append(Int32(text.count))
                    return PinyinLetters.masks(name: name, code: code)
                }
            }
            letters.append(masks.letters)
            starts.append(masks.starts)
            sure.append(masks.sure)
        }
    }

    func code(_ index: Int) -> String { string(offsets[2 * index], offsets[2 * index + 1]) }
    func name(_ index: Int) -> String { string(offsets[2 * index + 1], offsets[2 * index + 2]) }

    /// SQLite's `name LIKE '%a%b%' OR code LIKE '%a%b%'` for ideographs `pattern` (UTF-8 each).
    func contains(_ index: Int, inOrder pattern: [[UInt8]]) -> Bool {
        text.withUnsafeBufferPointer { buffer in
            let code = Int(offsets[2 * index])
            let name = Int(offsets[2 * index + 1])
            let end = Int(offsets[2 * index + 2])
            return Self.contains(buffer, name..<end, pattern) || Self.contains(buffer, code..<name, pattern)
        }
    }

    private static func contains(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ pattern: [[UInt8]])
        -> Bool
    {
        var position = range.lowerBound
        for piece in pattern {
            var found = false
            while position + piece.count <= range.upperBound {
                if buffer[position] == piece[0], buffer[position..<position + piece.count].elementsEqual(piece) {
                    position += piece.count
                    found = true
                    break
                }
                position += 1
            }
            guard found else { return false }
        }
        return true
    }

    private func string(_ from: Int32, _ to: Int32) -> String {
        text.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(from)..<Int(to)]), as: UTF8.self)
        }
    }
}

/// The store's one search index, replaced when the roster's version changes.
final class LearnerSearchCache: @unchecked Sendable {
    private let lock = NSLock()
    private var index: LearnerSearchIndex?

    /// The index for the roster `db` reads now, building it if the roster changed.
    func index(_ db: Database) throws -> LearnerSearchIndex {
        let version = try LearnerSearchIndex.version(db)
        lock.lock()
        let cached = index
        lock.unlock()
        if let cached, cached.version == version { return cached }
        let built = try LearnerSearchIndex(db, version: version)
        lock.lock()
        index = built
        lock.unlock()
        return built
    }
}
