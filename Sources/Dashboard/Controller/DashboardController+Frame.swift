import Foundation
import Widgets
import XuexiCore
import XuexiModel

/// The steps around the reducers: derive the view model and layout before an input or a
/// frame, settle the frame's state, draw, and run the effects reducers ask for.
extension DashboardController {
    /// Draws a frame of the buffer's size. The state changes a frame implies are made here,
    /// before drawing (`FrameSync`); `FrameRenderer` only reads.
    public func render(into buffer: inout ScreenBuffer) {
        screenSize = (buffer.width, buffer.height)
        let context = context()
        lastClockText = context.text.clock(context.now, timeZone: environment.timeZone)
        let (view, layout) = prepare(context: context)
        FrameSync.apply(&state, view: view, layout: layout, now: context.now)
        FrameRenderer(
            state: state, view: view, layout: layout, context: context, environment: environment,
            // ⟳ also marks panes that show their previous figures while new ones load.
            isRefreshing: lastStoreChange != nil || data.hasPendingWork
        )
        .render(into: &buffer)
    }

    /// The view model and layout for the state as it is now: a tree that has just arrived is
    /// applied to the state first (roots opened, a revealed org selected).
    func prepare(context: PaneContext) -> (DashboardViewModel, FrameLayout) {
        let today = Day.today(now: context.now, timeZone: environment.timeZone)
        let builder = ViewModelBuilder(
            data: data, today: today,
            screen: Rect(x: 0, y: 0, width: screenSize.columns, height: screenSize.rows))
        syncTree(builder: builder)
        let view = builder.build(state, memo: &memo)
        let layout = FrameLayout(
            columns: screenSize.columns, rows: screenSize.rows, state: state, view: view, context: context)
        return (view, layout)
    }

    /// The main screen's tree, once loaded with data to show, opens to what it should.
    private func syncTree(builder: ViewModelBuilder) {
        guard state.currentBranch == nil, let overview = data.overview().value, !overview.dataDays.isEmpty else {
            return
        }
        let day = state.pinnedDay ?? overview.liveDay(today: builder.today) ?? builder.today
        let period = state.shownPeriod(containing: day)
        guard let model = data.orgTree(period: period, scope: state.scopeCode).value else { return }
        for effect in OrgTreeReducer.treeArrived(&state, model: model, configuration: data.configuration) {
            run(effect)
        }
    }

    func reducerContext() -> ReducerContext {
        let (view, layout) = prepare(context: context())
        let data = data
        let scope = state.scopeCode
        return ReducerContext(
            view: view, layout: layout, scopedTree: { data.orgTree(period: view.period, scope: scope).value })
    }

    // MARK: - Effects

    func run(_ reaction: Reaction) -> DashboardResponse {
        for effect in reaction.effects { run(effect) }
        return reaction.response
    }

    func run(_ effect: Effect) {
        switch effect {
        case .toast(let message, let kind):
            showToast(message, kind: kind)
        case .cycleTheme:
            cycleTheme()
        case .reloadData:
            data.reloadEverything()
            memo.clear()
        case .acknowledge(let alertId, let note):
            alertAction {
                let trimmed = note.trimmingCharacters(in: .whitespaces)
                _ = try data.acknowledge(
                    alertId: alertId, note: trimmed.isEmpty ? nil : trimmed, user: environment.user,
                    at: environment.now())
                return state.text(DashText.toastAcknowledged)
            }
        case .copyNote:
            copyNote()
        case .exportReport:
            exportReport()
        case .snooze(let alertId, let until):
            alertAction {
                _ = try data.snooze(alertId: alertId, until: until)
                return state.text(DashText.toastSnoozed, until.iso)
            }
        }
    }

    /// Runs an alert operation (the same as `xuexi-dash alerts ack/snooze`) and toasts how it went.
    private func alertAction(_ operation: () throws -> String) {
        do {
            showToast(try operation())
        } catch let error as AlertError {
            showToast(error.message(state.language), kind: .error)
        } catch {
            showToast(
                state.text(DashText.toastActionFailed, ErrorMessage.text(for: error, language: state.language)),
                kind: .error)
        }
    }

    func showToast(_ message: String, kind: Toast.Kind = .info) {
        state.toast = ToastMessage(
            text: message, kind: kind,
            expires: environment.now().addingTimeInterval(DashboardController.toastSeconds))
    }

    func cycleTheme() {
        let next = themes.name(after: state.themeName)
        let loaded = themes.load(next)
        theme = loaded.theme.with(glyphs: environment.glyphs)
        state.themeName = next
        if let error = loaded.error {
            showToast(state.text(DashText.toastThemeError, error.description), kind: .error)
        } else {
            showToast(state.text(DashText.toastTheme, loaded.theme.displayName))
        }
    }
}
