import Widgets
import XuexiCore
import XuexiModel

/// One learner over the screen: org path, status, mentor, registration, total and clubs,
/// and 30 days of day points as bars. The phone is shown masked only.
struct LearnerDetailOverlay: StatefulPane {
    var learner: LearnerDetailState
    var history: LoadState<LearnerDays?>
    var info: LoadState<LearnerInfo>
    /// Org names from the top down to an org code.
    var orgPath: (String) -> [String]
    var lastDay: Day

    func render(in screen: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        let text = context.text
        let theme = context.theme
        let area = DialogPlacement.area(
            width: min(78, screen.width - 4), height: min(22, screen.height - 2), in: screen)
        let modal = Modal(title: "\(learner.name) \(learner.learnerId)", theme: theme)
        modal.render(in: area, buffer: &buffer)
        let inner = modal.inner(area)
        guard inner.height >= 3 else { return }
        buffer.write(
            Line(text(DashText.detailClose), style: theme[.textDim], alignment: .center), x: inner.x,
            y: inner.bottom - 1, maxWidth: inner.width, style: modal.style)
        let body = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
        guard case .loaded(let days, _) = history else {
            context.drawLoadNotice(history, in: body, buffer: &buffer)
            return
        }
        let label = modal.style.patched(with: theme[.textDim])
        func field(_ key: DashText, _ value: String) -> [Span] {
            [Span(text(key) + " ", style: label), Span(value)]
        }
        var lines: [Line] = []
        let rosterRow = info.value?.row
        if let orgCode = rosterRow?.orgCode ?? learner.orgCode {
            let path = orgPath(orgCode)
            if !path.isEmpty { lines.append(Line(spans: field(DashText.detailOrg, path.joined(separator: " › ")))) }
        }
        if let row = rosterRow {
            var spans = field(DashText.detailStatus, row.status ?? MetricFormat.missing)
            if !row.phone.isEmpty { spans += [Span("   ")] + field(DashText.detailPhone, row.phone) }
            spans +=
                [Span("   ")]
                + field(
                    DashText.detailRegistered,
                    row.activated ? (row.registeredOn ?? MetricFormat.missing) : text(DashText.detailNotActivated))
            lines.append(Line(spans: spans))
            let mentor: String =
                if let mentorId = row.mentorId {
                    info.value?.mentorName.map { text(DashText.detailMentorValue, $0, mentorId) } ?? mentorId
                } else {
                    text(DashText.detailNoMentor)
                }
            lines.append(Line(spans: field(DashText.detailMentor, mentor)))
        } else if info.isLoading {
            lines.append(Line(text(DashText.detailRosterLoading), style: label))
        }
        let points = days?.points ?? []
        let studied = points.filter { ($0 ?? 0) > 0 }.count
        let withData = points.compactMap { $0 }.count
        let sum = points.reduce(0) { $0 + ($1 ?? 0) }
        if let total = days?.totalPoints ?? rosterRow?.totalPoints {
            var club = ""
            // The highest club the learner's total reaches.
            if let threshold = context.configuration.clubs.last(where: { total >= $0 }) {
                club = text(DashText.detailClub, MetricFormat.count(threshold))
            }
            lines.append(
                Line(
                    spans: field(DashText.detailTotal, MetricFormat.count(total)) + [
                        Span(club, style: theme[.textAccent])
                    ]))
        }
        lines.append(
            Line(
                spans: field(
                    DashText.detailRecent, text(DashText.detailRecentValue, MetricFormat.count(sum), studied, withData))
            ))
        var y = body.y
        for line in lines where y < body.bottom {
            buffer.write(line, x: body.x, y: y, maxWidth: body.width, style: modal.style)
            y += 1
        }
        let chartArea = Rect(x: body.x, y: y + 1, width: body.width, height: body.bottom - y - 1)
        guard chartArea.height >= 4, !points.isEmpty else { return }
        let first = lastDay.adding(-(points.count - 1))
        let labels = [0, points.count / 2, points.count - 1].map { (index: $0, text: text.shortDate(first.adding($0))) }
        DayBarsChart(values: points, xLabels: labels, theme: theme).render(in: chartArea, buffer: &buffer)
    }
}
