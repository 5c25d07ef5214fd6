import Widgets
import XuexiCore

/// Members without points for several days running, each with the mentor who follows them
/// up (党员带群众, 一帮五).
struct InactiveMembersPane: StatefulPane {
    var learners: LoadState<[InactiveLearner]>
    var minimumDays: Int

    func render(in area: Rect, buffer: inout ScreenBuffer, state: ListPaneState, context: PaneContext) {
        let text = context.text
        let list = learners.value ?? []
        let pane = ListPane(
            title: text(DashText.branchInactiveTitle, minimumDays), trailing: list.isEmpty ? nil : "\(list.count)",
            focused: state.focused)
        let inner = pane.drawFrame(in: area, buffer: &buffer, context: context)
        guard !inner.isEmpty,
            ListPane.drawNotice(
                learners, isEmpty: list.isEmpty, emptyMessage: text(DashText.branchInactiveNone),
                emptyStyle: context.theme[.barGood], in: inner, buffer: &buffer, context: context)
        else { return }
        let theme = context.theme
        let table = Table(
            columns: [
                TableColumn(text(DashText.branchInactiveColName), width: .length(8)),
                TableColumn(
                    text(DashText.branchInactiveColDays), width: .length(text.language == .zh ? 4 : 5),
                    alignment: .right),
                TableColumn(text(DashText.branchInactiveColMentor), width: .fill(1)),
            ],
            rowCount: list.count,
            row: { index in
                let learner = list[index]
                var mentor = learner.mentorName ?? learner.mentorId ?? text(DashText.branchInactiveNoMentor)
                if let phone = learner.mentorPhone, !phone.isEmpty { mentor += " " + phone }
                return TableRow([
                    .text(Line(learner.name)),
                    .text(Line(text(DashText.branchInactiveDaysValue, learner.inactiveDays), style: theme[.barBad])),
                    .text(
                        Line(
                            mentor,
                            style: learner.mentorName == nil && learner.mentorId == nil ? theme[.textDim] : .plain)),
                ])
            },
            selectedRow: state.selectedIndex, scrollOffset: state.scrollOffset, focused: state.focused, theme: theme)
        table.render(in: inner, buffer: &buffer)
    }
}
