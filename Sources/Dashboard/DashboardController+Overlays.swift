import Foundation
import Widgets
import XuexiCore

/// Keys while an overlay is open: it takes them all until it closes.
extension DashboardController {
    func handleOverlayKey(_ key: DashboardKey, overlay: Overlay) -> DashboardResponse {
        switch overlay {
        case .help:
            switch key {
            case .escape, .enter, .character("?"), .character("q"), .function(1), .backspace:
                state.overlay = nil
                return .redraw
            default:
                return .ignored
            }
        case .settings:
            switch key {
            case .escape, .enter, .character("q"), .function(2), .backspace:
                state.overlay = nil
                return .redraw
            case .character("t"): return perform(.cycleTheme)
            case .character("L"): return perform(.toggleLanguage)
            case .character("M"): return perform(.toggleMouse)
            default: return .ignored
            }
        case .search(var search):
            let response = handleSearchKey(key, search: &search)
            if case .search = state.overlay { state.overlay = .search(search) }
            return response
        case .acknowledge(let alertId, var note):
            switch key {
            case .escape:
                state.overlay = nil
                return .redraw
            case .enter:
                state.overlay = nil
                acknowledge(alertId: alertId, note: note.text)
                return .redraw
            default:
                guard edit(&note, with: key) else { return .ignored }
                state.overlay = .acknowledge(alertId: alertId, note: note)
                return .redraw
            }
        case .snooze(let alertId, let choice):
            let choices = SnoozeChoice.allCases
            let index = choices.firstIndex(of: choice)!
            switch key {
            case .escape, .character("q"):
                state.overlay = nil
            case .left, .character("h"), .backTab:
                state.overlay = .snooze(alertId: alertId, choice: choices[(index + choices.count - 1) % choices.count])
            case .right, .character("l"), .tab:
                state.overlay = .snooze(alertId: alertId, choice: choices[(index + 1) % choices.count])
            case .character("1"), .character("3"), .character("7"):
                if case .character(let digit) = key, let days = Int(String(digit)), let picked = SnoozeChoice(rawValue: days) {
                    state.overlay = .snooze(alertId: alertId, choice: picked)
                }
            case .enter, .character("z"):
                state.overlay = nil
                snooze(alertId: alertId, choice: choice)
            default:
                return .ignored
            }
            return .redraw
        }
    }

    func handleSearchKey(_ key: DashboardKey, search: inout SearchState) -> DashboardResponse {
        switch key {
        case .escape:
            state.overlay = nil
            return .redraw
        case .enter:
            let found = searchResults(search)
            guard found.results.indices.contains(search.selectedIndex) else { return .ignored }
            state.overlay = nil
            jump(to: found.results[search.selectedIndex])
            return .redraw
        case .up, .ctrl("p"):
            search.selectedIndex = max(0, search.selectedIndex - 1)
            return .redraw
        case .down, .ctrl("n"), .tab:
            let count = searchResults(search).results.count
            search.selectedIndex = min(max(0, count - 1), search.selectedIndex + 1)
            return .redraw
        case .pageUp:
            search.selectedIndex = max(0, search.selectedIndex - max(1, feedback.searchRows - 1))
            return .redraw
        case .pageDown:
            let count = searchResults(search).results.count
            search.selectedIndex = min(max(0, count - 1), search.selectedIndex + max(1, feedback.searchRows - 1))
            return .redraw
        default:
            guard edit(&search.input, with: key) else { return .ignored }
            search.selectedIndex = 0
            search.scrollOffset = 0
            return .redraw
        }
    }

    /// Line editing shared by the search field and the note field; false for other keys.
    func edit(_ input: inout TextInputState, with key: DashboardKey) -> Bool {
        switch key {
        case .character(let character): input.insert(String(character))
        case .backspace: input.deleteBackward()
        case .delete: input.deleteForward()
        case .left: input.moveLeft()
        case .right: input.moveRight()
        case .home, .ctrl("a"): input.moveToStart()
        case .end, .ctrl("e"): input.moveToEnd()
        case .ctrl("u"): input.deleteToStart()
        case .ctrl("w"): input.deleteWordBackward()
        default: return false
        }
        return true
    }

    /// Enter on a search result: an org is selected in the tree (opened to it), a learner's
    /// detail opens over the current screen.
    func jump(to entry: SearchEntry) {
        switch entry.kind {
        case .org:
            state.routes = []
            state.focus = .orgs
            pendingReveal = entry.code
            orgRowsCache = nil
        case .learner:
            state.routes.append(.learner(LearnerDetailState(learnerId: entry.code, name: entry.name, orgCode: entry.orgCode)))
        }
    }

    // MARK: - Alert operations (the same as `xuexi-dash alerts ack/snooze`)

    func acknowledge(alertId: String, note: String) {
        do {
            let trimmed = note.trimmingCharacters(in: .whitespaces)
            _ = try data.acknowledge(alertId: alertId, note: trimmed.isEmpty ? nil : trimmed, user: environment.user, at: environment.now())
            showToast(text("dash.toast.acknowledged"))
        } catch let error as AlertError {
            showToast(error.message(state.language), kind: .error)
        } catch {
            showToast(text("dash.toast.actionFailed", DashboardLoader.describe(error)), kind: .error)
        }
    }

    func snooze(alertId: String, choice: SnoozeChoice) {
        let alert = currentAlerts().value?.first { $0.id == alertId }
        let until = SnoozeDialog(alert: alert, choice: choice, today: today).until(choice)
        do {
            _ = try data.snooze(alertId: alertId, until: until)
            showToast(text("dash.toast.snoozed", until.iso))
        } catch let error as AlertError {
            showToast(error.message(state.language), kind: .error)
        } catch {
            showToast(text("dash.toast.actionFailed", DashboardLoader.describe(error)), kind: .error)
        }
    }
}
