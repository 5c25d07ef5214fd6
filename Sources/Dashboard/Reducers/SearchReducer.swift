import Widgets

/// The `/` overlay: typing edits the query, ↑/↓/PgUp/PgDn choose, Enter jumps to the result.
enum SearchReducer {
    static func key(_ state: inout DashboardState, _ key: Key, search: SearchState, _ context: ReducerContext)
        -> Reaction
    {
        var search = search
        let results = context.view.search?.results ?? []
        let page = max(1, context.layout.searchRows - 1)
        let last = max(0, results.count - 1)
        switch key {
        case .escape:
            state.overlay = nil
            return .redraw
        case .enter:
            guard results.indices.contains(search.selectedIndex) else { return .ignored }
            state.overlay = nil
            jump(&state, to: results[search.selectedIndex])
            return .redraw
        case .up, .ctrl("p"):
            search.selectedIndex = max(0, search.selectedIndex - 1)
        case .down, .ctrl("n"), .tab:
            search.selectedIndex = min(last, search.selectedIndex + 1)
        case .pageUp:
            search.selectedIndex = max(0, search.selectedIndex - page)
        case .pageDown:
            search.selectedIndex = min(last, search.selectedIndex + page)
        default:
            guard search.input.edit(with: key) else { return .ignored }
            search.selectedIndex = 0
            search.scrollOffset = 0
        }
        state.overlay = .search(search)
        return .redraw
    }

    /// Enter on a result: an org is selected in the tree (opened to it), a learner's detail
    /// opens over the current screen.
    static func jump(_ state: inout DashboardState, to entry: SearchEntry) {
        switch entry.kind {
        case .org:
            state.routes = []
            state.focus = .orgs
            state.pendingReveal = entry.code
        case .learner:
            state.routes.append(
                .learner(LearnerDetailState(learnerId: entry.code, name: entry.name, orgCode: entry.orgCode)))
        }
    }

    /// The mouse wheel moves the highlight.
    static func wheel(_ state: inout DashboardState, _ mouse: DashboardMouse, search: SearchState) -> Reaction {
        var search = search
        switch mouse {
        case .wheelUp: search.selectedIndex = max(0, search.selectedIndex - 1)
        case .wheelDown: search.selectedIndex += 1
        case .click: return .ignored
        }
        state.overlay = .search(search)
        return .redraw
    }
}
