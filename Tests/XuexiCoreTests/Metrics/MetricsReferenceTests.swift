import Foundation
import Testing
import XuexiTestSupport

@testable import XuexiCore
@testable import XuexiModel

/// Compares every figure the aggregates give against a deliberately simple computation over
/// the raw input rows, on generated stores of several shapes (deep and shallow trees,
/// mid-period registrations, moves, missing days, empty orgs), on SQLite and on PostgreSQL
/// (read back through a new replica).
@Suite("Metrics against a reference computation")
struct MetricsReferenceTests {
    struct Shape: CustomStringConvertible, Sendable {
        var name: String
        var depth: Int
        var fanout: Int
        var learners: Int
        var days: Int
        var seed: UInt64
        var description: String { name }
    }

    static let shapes = [
        Shape(name: "shallow", depth: 1, fanout: 6, learners: 60, days: 9, seed: 1),
        Shape(name: "deep", depth: 4, fanout: 2, learners: 80, days: 12, seed: 2),
        Shape(name: "wide-sparse", depth: 2, fanout: 5, learners: 40, days: 20, seed: 3),
    ]

    /// The raw facts, kept in plain arrays so the reference can be read at a glance.
    struct World {
        var orgs: [(code: String, parent: String?, expected: Int?)] = []
        var learners: [(code: String, org: String, party: Bool, registered: Day)] = []
        var moves: [(code: String, org: String, from: Day)] = []
        var points: [Day: [String: (day: Int, total: Int)]] = [:]

        func orgOf(_ learner: String, on day: Day) -> String {
            var org = learners.first { $0.code == learner }!.org
            var firstMove: (code: String, org: String, from: Day)?
            for move in moves where move.code == learner {
                if firstMove == nil { firstMove = move }
                if move.from <= day { org = move.org }
            }
            if let firstMove, day < firstMove.from { return learners.first { $0.code == learner }!.org }
            return org
        }

        func isInside(_ org: String, _ ancestor: String) -> Bool {
            var current: String? = org
            while let code = current {
                if code == ancestor { return true }
                current = orgs.first { $0.code == code }!.parent
            }
            return false
        }

        /// registered, active, points for an org subtree on a day: the SPEC §4 definitions, literally.
        func reference(_ org: String, _ day: Day) -> (registered: Int, active: Int, points: Int, partyRegistered: Int) {
            var result = (registered: 0, active: 0, points: 0, partyRegistered: 0)
            for learner in learners where learner.registered <= day && isInside(orgOf(learner.code, on: day), org) {
                result.registered += 1
                if learner.party { result.partyRegistered += 1 }
                let dayPoints = points[day]?[learner.code]?.day ?? 0
                result.points += dayPoints
                if dayPoints >= 1 { result.active += 1 }
            }
            return result
        }
    }

    func build(_ shape: Shape, _ backend: StoreBackend = .sqlite) throws -> (ImportFixture, World, Day) {
        var random = SeededRandom(seed: shape.seed)
        var world = World()
        var orgsText = ImportFixture.orgsHeader
        var level = ["R"]
        world.orgs.append(("R", nil, nil))
        orgsText += "R,根,,,,\n"
        for depth in 1...shape.depth {
            var next: [String] = []
            for parent in level {
                for child in 1...shape.fanout {
                    let code = "\(parent)-\(depth)\(child)"
                    let expected: Int? = depth == shape.depth && random.chance(0.5) ? random.int(1...12) : nil
                    world.orgs.append((code, parent, expected))
                    orgsText += "\(code),组织\(code),\(parent),,\(expected.map(String.init) ?? ""),\n"
                    next.append(code)
                }
            }
            level = next
        }
        let leaves = level
        let first = Day(year: 2026, month: 10, day: 26)
        var rosterText = ImportFixture.learnersHeader
        for index in 0..<shape.learners {
            // Leave the last leaf empty so zero-learner orgs are covered.
            let org = leaves[index % max(1, leaves.count - 1)]
            let party = random.chance(0.3)
            let registered =
                random.chance(0.2) ? first.adding(random.int(1...shape.days - 1)) : Day(year: 2024, month: 3, day: 1)
            world.learners.append(("L\(index)", org, party, registered))
            rosterText += "L\(index),学员\(index),\(org),\(party ? "中共党员" : "群众"),,,\(registered.iso)\n"
        }
        let fixture = try ImportFixture(backend)
        try fixture.run([try fixture.write("orgs.csv", orgsText), try fixture.write("learners.csv", rosterText)]) {
            $0.date = first
        }

        var totals: [String: Int] = [:]
        let moveDay = first.adding(shape.days / 2)
        for offset in 0..<shape.days {
            let day = first.adding(offset)
            if offset == moveDay.number - first.number {
                // Move three learners to another leaf, effective that day.
                var moveText = ImportFixture.learnersHeader
                for learner in world.learners.prefix(3) {
                    let target = leaves[(leaves.firstIndex(of: learner.org)! + 1) % leaves.count]
                    world.moves.append((learner.code, target, day))
                    moveText +=
                        "\(learner.code),学员,\(target),\(learner.party ? "中共党员" : "群众"),,,\(learner.registered.iso)\n"
                }
                try fixture.run([try fixture.write("move.csv", moveText)]) { $0.date = day }
            }
            if offset % 7 == 5 { continue }  // a day without data
            var text = ImportFixture.pointsHeader
            var rows: [String: (Int, Int)] = [:]
            for learner in world.learners where learner.registered <= day && random.chance(0.9) {
                let points = random.chance(0.6) ? random.int(1...50) : 0
                totals[learner.code, default: 0] += points
                rows[learner.code] = (points, totals[learner.code]!)
                text += "\(day.iso),\(learner.code),\(points),\(totals[learner.code]!)\n"
            }
            world.points[day] = rows
            try fixture.run([try fixture.write("\(day.iso).csv", text)])
        }
        return (fixture, world, first)
    }

    @Test(arguments: shapes, StoreBackend.all)
    func dailyFiguresMatchTheReference(shape: Shape, backend: StoreBackend) throws {
        let (fixture, world, first) = try build(shape, backend)
        let metrics = Metrics(store: try fixture.readerStore())
        for offset in 0..<shape.days {
            let day = first.adding(offset)
            for org in world.orgs {
                let stored = try metrics.dailyFigures(orgCode: org.code, day: day)
                guard world.points[day] != nil else {
                    #expect(stored == nil)
                    continue
                }
                let expected = world.reference(org.code, day)
                let figures = try #require(stored)
                #expect(figures.registered == expected.registered, "registered \(org.code) \(day)")
                #expect(figures.active == expected.active, "active \(org.code) \(day)")
                #expect(figures.points == expected.points, "points \(org.code) \(day)")
                #expect(figures.partyRegistered == expected.partyRegistered, "party \(org.code) \(day)")
                #expect(
                    figures.activityRate
                        == (expected.registered > 0 ? Double(expected.active) / Double(expected.registered) : nil))
            }
        }
    }

    @Test(arguments: shapes, StoreBackend.all)
    func periodFiguresAreMeansOfDaysWithData(shape: Shape, backend: StoreBackend) throws {
        let (fixture, world, first) = try build(shape, backend)
        let metrics = Metrics(store: try fixture.readerStore())
        let last = first.adding(shape.days - 1)
        for kind in [Period.Kind.week, .month, .last7] {
            let period = Period(kind: kind, containing: last)
            let table = try metrics.orgTable(period: period)
            for org in world.orgs {
                let rates = (0...(period.last.number - period.first.number)).compactMap { offset -> Double?? in
                    let day = period.first.adding(offset)
                    guard world.points[day] != nil else { return nil }
                    let reference = world.reference(org.code, day)
                    return .some(
                        reference.registered > 0 ? Double(reference.active) / Double(reference.registered) : nil)
                }
                let expected = Figures.mean(rates)
                let row = try #require(table.row(code: org.code))
                if let expected, let actual = row.activityRate {
                    #expect(abs(expected - actual) < 1e-9, "\(kind) \(org.code)")
                } else {
                    #expect(row.activityRate == nil && expected == nil, "\(kind) \(org.code)")
                }
            }
        }
    }

    @Test func zeroLearnerOrgsShowADashNotAZero() throws {
        let (fixture, world, first) = try build(Self.shapes[0])
        let empty = world.orgs.last!.code
        let row = try #require(try Metrics(store: fixture.store).orgTable(period: .day(first)).row(code: empty))
        #expect(row.activityRate == nil)
        #expect(MetricFormat.percent(row.activityRate) == "—")
    }

    /// Each indicator's rank equals a direct competition ranking (1, 2, 2, 4) of the
    /// reference figures among the org's siblings, and the gap is to the unit ranked above.
    @Test(arguments: shapes, StoreBackend.all)
    func perIndicatorRanksAreCompetitionRanksOfTheReference(shape: Shape, backend: StoreBackend) throws {
        let (fixture, world, first) = try build(shape, backend)
        let metrics = Metrics(store: try fixture.readerStore())
        for day in world.points.keys.sorted() where day >= first {
            let table = try metrics.orgTable(period: .day(day))
            var reference: [String: (activity: Double?, registration: Double?, points: Double?)] = [:]
            for org in world.orgs {
                let figures = world.reference(org.code, day)
                let listed = world.learners.filter { world.isInside(world.orgOf($0.code, on: day), org.code) }.count
                let row = try #require(table.row(code: org.code))
                let registered = Double(figures.registered)
                reference[org.code] = (
                    figures.registered > 0 ? Double(figures.active) / registered : nil,
                    (row.expected ?? listed) > 0 ? registered / Double(row.expected ?? listed) : nil,
                    figures.registered > 0 ? Double(figures.points) / registered : nil
                )
            }
            func rank(_ code: String, _ value: (String) -> Double?) -> Int? {
                guard let own = value(code) else { return nil }
                let parent = world.orgs.first { $0.code == code }!.parent
                let siblings = world.orgs.filter { $0.parent == parent }.compactMap { value($0.code) }
                return 1 + siblings.filter { $0 > own }.count
            }
            for org in world.orgs {
                let row = try #require(table.row(code: org.code))
                #expect(row.rank == rank(org.code) { reference[$0]!.activity }, "activity \(org.code) \(day)")
                #expect(
                    row.registrationRank == rank(org.code) { reference[$0]!.registration },
                    "registration \(org.code) \(day)")
                #expect(row.pointsRank == rank(org.code) { reference[$0]!.points }, "points \(org.code) \(day)")
                // The gap to the unit above is in the ranking's own unit and never negative.
                if let behind = row.activityBehind, let own = row.activityRate {
                    let above = table.rows.filter { $0.parentCode == row.parentCode && ($0.activityRate ?? -1) > own }
                        .compactMap(\.activityRate).min()!
                    #expect(abs(behind - (above - own)) < 1e-12)
                } else {
                    #expect(row.rank == nil || row.rank == 1)
                }
            }
        }
    }

    /// A list cut at N never splits a tie: everyone tied with the N-th is listed (up to 2N,
    /// else the rest is counted), ranks are competition ranks and the true count is given.
    @Test(arguments: shapes, StoreBackend.all)
    func topListsNeverSplitATie(shape: Shape, backend: StoreBackend) throws {
        let (fixture, world, _) = try build(shape, backend)
        let metrics = Metrics(store: try fixture.readerStore())
        for day in world.points.keys.sorted() {
            let points = world.points[day]!.map(\.value.day).sorted(by: >)
            for limit in [1, 2, 3, 5, 8, 13] {
                for minimum in [1, 30] {
                    let top = try metrics.topLearners(.day, day: day, limit: limit, minimumPoints: minimum)
                    let qualifying = points.filter { $0 >= minimum }
                    #expect(top.qualifying == qualifying.count)
                    guard qualifying.count > limit else {
                        #expect(top.entries.count == qualifying.count && top.moreTied == 0)
                        continue
                    }
                    let cut = qualifying[limit - 1]
                    let inclusive = qualifying.filter { $0 >= cut }.count
                    if inclusive <= 2 * limit {
                        #expect(top.entries.count == inclusive, "\(day) \(limit)")
                        #expect(top.moreTied == 0)
                    } else {
                        #expect(top.entries.count == limit)
                        #expect(top.moreTied == inclusive - limit)
                    }
                    for entry in top.entries {
                        #expect(entry.rank == 1 + points.filter { $0 > entry.points }.count)
                        #expect(entry.tied == (points.filter { $0 == entry.points }.count > 1))
                    }
                }
            }
        }
    }

    @Test func leaderboardMatchesAReferenceSort() throws {
        let (fixture, world, first) = try build(Self.shapes[1])
        let day = first.adding(Self.shapes[1].days - 1)
        let dataDay = world.points.keys.filter { $0 <= day }.max()!
        let board = try Metrics(store: fixture.store).leaderboard(.day, day: dataDay, limit: 10)
        let expected = world.points[dataDay]!.sorted { a, b in
            if a.value.day != b.value.day { return a.value.day > b.value.day }
            if a.value.total != b.value.total { return a.value.total > b.value.total }
            return a.key < b.key
        }.prefix(10).map(\.key)
        #expect(board.map(\.learnerId) == Array(expected))
    }

    /// The store-wide leaderboards read the candidates kept at import; a scoped one scans the
    /// day. On a single-root store the two must agree, ties included.
    @Test func storedLeaderboardsEqualTheScan() throws {
        let (fixture, world, first) = try build(Self.shapes[1])
        let metrics = Metrics(store: fixture.store)
        for day in world.points.keys.sorted() where day >= first {
            for kind in LeaderboardKind.allCases {
                let stored = try metrics.leaderboard(kind, day: day, limit: 30, offset: 5)
                let scanned = try metrics.leaderboard(kind, day: day, scope: "R", limit: 30, offset: 5)
                #expect(stored == scanned, "\(kind) \(day)")
            }
        }
    }
}
