import Foundation
import Testing
import Widgets
import XuexiTestSupport

@testable import Dashboard
@testable import XuexiCore
@testable import XuexiModel

/// A city-sized tree: only the rows on screen are built, and flattening is cheap.
@Suite struct LargeTreeTests {
    static func cityTable(orgCount: Int) -> OrgTable {
        var rows: [OrgFigures] = []
        func row(_ code: String, parent: String?, depth: Int, hasChildren: Bool) -> OrgFigures {
            OrgFigures(
                code: code, name: "组织\(code)", parentCode: parent, depth: depth, hasChildren: hasChildren,
                daysWithData: 1,
                listed: 60, registered: 60, expected: 60, partyMembers: nil, registrationRate: 1, partyCoverage: nil,
                active: 40, activityRate: Double(code.hashValue & 0xFF) / 255, averagePoints: 20, clubs: [],
                rank: 1, siblingCount: 1, previousRank: 1, pointsBehind: nil)
        }
        rows.append(row("AY", parent: nil, depth: 0, hasChildren: true))
        var count = 1
        var district = 0
        while count < orgCount {
            district += 1
            let districtCode = "AY\(district)"
            rows.append(row(districtCode, parent: "AY", depth: 1, hasChildren: true))
            count += 1
            for branch in 0..<100 where count < orgCount {
                rows.append(row("\(districtCode)-\(branch)", parent: districtCode, depth: 2, hasChildren: false))
                count += 1
            }
        }
        return OrgTable(period: .day(Day(year: 2026, month: 11, day: 19)), scopeCode: nil, rows: rows, lastDataDay: nil)
    }

    @Test func onlyVisibleRowsAreDrawn() {
        let model = OrgTreeModel(table: LargeTreeTests.cityTable(orgCount: 9_600))
        let all = model.visibleRows(
            expanded: model.expandableCodes, sort: .activityRate, ascending: false, filter: .all, floor: 0.4,
            target: 0.7)
        #expect(all.count == 9_600)
        var buffer = ScreenBuffer(width: 120, height: 30)
        let context = PaneContext(
            theme: .default, text: DashboardText(language: .zh), configuration: AppConfiguration(),
            now: DashboardFixture.now, timeZone: DashboardFixture.timeZone)
        let pane = OrgTreePane(
            model: .loaded(model, isCurrent: true), rows: all, sparklines: [:], sort: .activityRate,
            ascending: false, filter: .all, period: .day)
        // The frame settles the scroll offset before drawing (`FrameSync`); the pane reads it.
        let viewport = ListPane.viewport(
            table: OrgTreePane.tableArea(in: buffer.area, selectedIndex: 5_000, rowCount: all.count))
        let offset = ScrollPosition.offset(
            selected: 5_000, currentOffset: 0, visibleRows: viewport.visibleRows, rowCount: all.count)
        pane.render(
            in: buffer.area, buffer: &buffer,
            state: ListPaneState(selectedIndex: 5_000, scrollOffset: offset, focused: true),
            context: context)
        #expect(viewport.visibleRows < 30)
        #expect(offset <= 5_000 && 5_000 < offset + viewport.visibleRows)
        let selectedName = model.rows[all[5_000].index].name
        #expect(buffer.lines().contains { $0.contains(selectedName + " ") })
    }

    @Test func belowTargetFilterKeepsAncestorsForContext() {
        let model = OrgTreeModel(table: LargeTreeTests.cityTable(orgCount: 500))
        let rows = model.visibleRows(
            expanded: [], sort: .tree, ascending: true, filter: .belowFloor, floor: 0.4, target: 0.7)
        for row in rows {
            let figures = model.rows[row.index]
            let below = (figures.activityRate ?? 1) < 0.4
            // Every row shown is below the floor itself or leads to one that is.
            #expect(below || row.hasChildren)
        }
        #expect(rows.first?.index == 0)
    }
}
