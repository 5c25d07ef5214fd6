import Widgets
import XuexiCore

/// Members without points for several days running, each with the mentor who follows them
/// up (党员带群众, 一帮五).
struct InactiveMembersPane {
    var learners: LoadState<[InactiveLearner]>
    var minimumDays: Int
    var selectedIndex: Int?
    var scrollOffset: Int
    var focused: Bool

    func render(in area: Rect, buffer: inout ScreenBuffer, context: PaneContext) -> ListFeedback {
        let text = context.text
        let list = learners.value ?? []
        let block = context.block(title: text("dash.branch.inactive.title", minimumDays), trailing: list.isEmpty ? nil : "\(list.count)", focused: focused)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        var feedback = ListFeedback()
        guard !inner.isEmpty else { return feedback }
        guard learners.value != nil else {
            context.drawLoadNotice(learners, in: inner, buffer: &buffer)
            return feedback
        }
        guard !list.isEmpty else {
            context.drawNotice(text("dash.branch.inactive.none"), in: inner, buffer: &buffer, style: context.theme[.barGood])
            return feedback
        }
        let theme = context.theme
        let table = Table(
            columns: [
                TableColumn(text("dash.branch.inactive.col.name"), width: .length(8)),
                TableColumn(text("dash.branch.inactive.col.days"), width: .length(text.language == .zh ? 4 : 5), alignment: .right),
                TableColumn(text("dash.branch.inactive.col.mentor"), width: .fill(1)),
            ],
            rowCount: list.count,
            row: { index in
                let learner = list[index]
                let mentor = learner.mentorName ?? learner.mentorId ?? text("dash.branch.inactive.noMentor")
                return TableRow([
                    .text(Line(learner.name)),
                    .text(Line(text("dash.branch.inactive.daysValue", learner.inactiveDays), style: theme[.barBad])),
                    .text(Line(mentor, style: learner.mentorName == nil && learner.mentorId == nil ? theme[.textDim] : .plain)),
                ])
            },
            selectedRow: selectedIndex, scrollOffset: scrollOffset, focused: focused, theme: theme)
        table.render(in: inner, buffer: &buffer)
        let offset = table.effectiveScrollOffset(in: inner)
        let visible = table.visibleRowCount(in: inner)
        feedback.rowsArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: visible)
        feedback.firstIndex = offset
        feedback.visibleRows = visible
        feedback.ids = list[offset..<min(list.count, offset + visible)].map(\.learnerId)
        return feedback
    }
}
