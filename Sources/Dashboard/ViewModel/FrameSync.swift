import Foundation
import Widgets

/// The state changes a frame implies, applied before it is drawn so that drawing only reads:
/// an expired toast goes, selections follow their lists (by id, else by position), scroll
/// offsets keep the selection on screen, and the search highlight stays within its results.
/// A pure function of the state, the view model, the layout and the time.
enum FrameSync {
    static func apply(_ state: inout DashboardState, view: DashboardViewModel, layout: FrameLayout, now: Date) {
        guard !layout.isTooSmall else { return }
        if let toast = state.toast, toast.expires <= now { state.toast = nil }
        guard view.overviewValue != nil else { return }
        switch layout.kind {
        case .main:
            if let lists = view.main { syncMain(&state, lists: lists, layout: layout) }
        case .branch:
            if let lists = view.branch, var branch = state.currentBranch {
                settle(&branch.members, ids: lists.memberIds, viewport: layout.members.viewport)
                settle(&branch.inactive, ids: lists.inactiveIds, viewport: layout.inactive.viewport)
                state.replaceBranch(with: branch)
            }
        case .tooSmall, .noData:
            break
        }
        if case .search(var search) = state.overlay {
            let count = view.search?.results.count ?? 0
            search.selectedIndex = min(search.selectedIndex, max(0, count - 1))
            search.scrollOffset = ScrollPosition.offset(
                selected: count == 0 ? nil : search.selectedIndex,
                currentOffset: search.scrollOffset,
                visibleRows: layout.searchRows, rowCount: count)
            state.overlay = .search(search)
        }
    }

    private static func syncMain(_ state: inout DashboardState, lists: MainViewModel, layout: FrameLayout) {
        settle(&state.orgs.selection, ids: lists.orgCodes, viewport: layout.orgs.viewport)
        settle(&state.learners.selection, ids: lists.leaderIds, viewport: layout.learners.viewport)
        settle(&state.alerts.selection, ids: lists.alertIds, viewport: layout.alerts.viewport)
    }

    /// Resolves the selection in `ids` and scrolls as the pane's table will.
    static func settle(_ selection: inout ListSelection, ids: [String], viewport: ListViewport) {
        let index = selection.resolve(in: ids)
        selection.scrollOffset = ScrollPosition.offset(
            selected: index, currentOffset: selection.scrollOffset,
            visibleRows: viewport.visibleRows, rowCount: ids.count)
    }
}

extension DashboardState {
    /// Puts `branch` back where the innermost branch review is (an action may have pushed a
    /// learner detail over it).
    mutating func replaceBranch(with branch: BranchState) {
        for index in routes.indices.reversed() {
            if case .branch = routes[index] {
                routes[index] = .branch(branch)
                return
            }
        }
    }
}
