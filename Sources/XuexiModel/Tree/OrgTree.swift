/// An in-memory snapshot of the organization tree, laid out in preorder so that every
/// subtree is one contiguous index range: "is this org inside the scope?" is two compares,
/// and rolling children up into parents is one reverse pass.
public struct OrgTree: Sendable {
    public private(set) var orgs: [Organization]
    /// Parent's index in `orgs`, or -1 for a root.
    public private(set) var parentIndex: [Int]
    /// One past the last index of each org's subtree (preorder).
    public private(set) var subtreeEnd: [Int]
    public private(set) var depth: [Int]
    public private(set) var childIndices: [[Int]]
    public private(set) var rootIndices: [Int]
    private var indexById: [Int64: Int]
    private var indexByCode: [String: Int]

    public init(organizations: [Organization]) {
        var childrenById: [Int64: [Organization]] = [:]
        var roots: [Organization] = []
        let ids = Set(organizations.map(\.id))
        for org in organizations {
            if let parent = org.parentId, ids.contains(parent) {
                childrenById[parent, default: []].append(org)
            } else {
                roots.append(org)
            }
        }
        let byCode: (Organization, Organization) -> Bool = { OrgTree.naturalLess($0.code, $1.code) }
        var ordered: [Organization] = []
        var parents: [Int] = []
        var depths: [Int] = []
        ordered.reserveCapacity(organizations.count)
        var stack: [(Organization, Int, Int)] = roots.sorted(by: byCode).reversed().map { ($0, -1, 0) }
        while let (org, parent, level) = stack.popLast() {
            let index = ordered.count
            ordered.append(org)
            parents.append(parent)
            depths.append(level)
            for child in (childrenById[org.id] ?? []).sorted(by: byCode).reversed() {
                stack.append((child, index, level + 1))
            }
        }
        var ends = Array(0..<ordered.count).map { $0 + 1 }
        var children = Array(repeating: [Int](), count: ordered.count)
        for index in stride(from: ordered.count - 1, through: 0, by: -1) {
            let parent = parents[index]
            if parent >= 0 {
                ends[parent] = max(ends[parent], ends[index])
                children[parent].insert(index, at: 0)
            }
        }
        orgs = ordered
        parentIndex = parents
        subtreeEnd = ends
        depth = depths
        childIndices = children
        rootIndices = parents.indices.filter { parents[$0] < 0 }
        indexById = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.id, $0) })
        indexByCode = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.code, $0) })
    }

    /// Codes in the order people expect (O2 before O10), without Foundation's locale-aware
    /// comparison, which was the largest cost of loading a 9,600-org tree.
    public static func naturalLess(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        var i = 0
        var j = 0
        while i < x.count && j < y.count {
            let digitX = x[i] >= 48 && x[i] <= 57
            let digitY = y[j] >= 48 && y[j] <= 57
            if digitX && digitY {
                var endX = i
                var endY = j
                while endX < x.count && x[endX] >= 48 && x[endX] <= 57 { endX += 1 }
                while endY < y.count && y[endY] >= 48 && y[endY] <= 57 { endY += 1 }
                var startX = i
                var startY = j
                while startX < endX - 1 && x[startX] == 48 { startX += 1 }
                while startY < endY - 1 && y[startY] == 48 { startY += 1 }
                if endX - startX != endY - startY { return endX - startX < endY - startY }
                for k in 0..<(endX - startX) where x[startX + k] != y[startY + k] {
                    return x[startX + k] < y[startY + k]
                }
                if endX - i != endY - j { return endX - i < endY - j }
                i = endX
                j = endY
            } else {
                if x[i] != y[j] { return x[i] < y[j] }
                i += 1
                j += 1
            }
        }
        return x.count - i < y.count - j
    }

    public var count: Int { orgs.count }
    public var isEmpty: Bool { orgs.isEmpty }

    public func index(ofId id: Int64) -> Int? { indexById[id] }
    public func index(ofCode code: String) -> Int? { indexByCode[code] }
    public func org(code: String) -> Organization? { indexByCode[code].map { orgs[$0] } }

    public func contains(_ index: Int, inSubtreeOf root: Int) -> Bool {
        index >= root && index < subtreeEnd[root]
    }

    public func subtree(of index: Int) -> Range<Int> { index..<subtreeEnd[index] }

    /// The top-level org above `index` (itself when it is a root).
    public func rootIndex(of index: Int) -> Int {
        var current = index
        while parentIndex[current] >= 0 { current = parentIndex[current] }
        return current
    }

    /// Names from the root down to `index`, for breadcrumbs and report titles.
    public func path(of index: Int) -> [Organization] {
        var chain: [Organization] = []
        var current = index
        while current >= 0 {
            chain.append(orgs[current])
            current = parentIndex[current]
        }
        return chain.reversed()
    }

    /// Expected headcount: the org's own figure when given, else the sum of its children's.
    public func expected() -> [Int?] { rolledUp(\.expected) }

    /// Party members: the org's own figure when given, else the sum of its children's.
    public func partyMembers() -> [Int?] { rolledUp(\.partyMembers) }

    private func rolledUp(_ field: KeyPath<Organization, Int?>) -> [Int?] {
        var values: [Int?] = orgs.map { $0[keyPath: field] }
        var summed: [Int?] = Array(repeating: nil, count: orgs.count)
        for index in stride(from: orgs.count - 1, through: 0, by: -1) {
            if values[index] == nil { values[index] = summed[index] }
            let parent = parentIndex[index]
            if parent >= 0, let value = values[index] {
                summed[parent] = (summed[parent] ?? 0) + value
            }
        }
        return values
    }
}
