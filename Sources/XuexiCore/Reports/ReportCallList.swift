import XuexiModel

/// For a lagging unit of the daily note's 通报: its members to call (inactive for the
/// configured days, `learners --status inactive`) with their mentors.
public struct CallList: Sendable, Codable, Equatable {
    public var code: String
    public var name: String
    public var learners: [ChaseLearner]
}

extension ReportBuilder {
    /// One list per activity notice, from the same `Metrics.chaseList` as `learners --status`;
    /// daily notes only. Phones (the learners' and the mentors') stay masked unless asked.
    func callLists(
        _ kind: ReportKind, notices: [ReportNotice], day: Day?, showPhones: Bool
    ) throws -> [CallList] {
        guard kind == .daily, let day else { return [] }
        return try notices.map { notice in
            CallList(
                code: notice.code, name: notice.name,
                learners: try metrics.chaseList(scope: notice.code, status: .inactive, day: day, showPhones: showPhones)
            )
        }
    }
}

extension ReportMarkdown {
    /// "- 第二党支部 待联系 2 人：高峰（帮带人 徐志强 138****0001）、罗红（无帮带人）".
    func callListLines() -> [String] {
        report.callLists.filter { !$0.learners.isEmpty }.map { list in
            let names = list.learners.map { learner in
                guard let mentor = learner.mentorName else { return t(ReportText.callNoMentor, learner.name) }
                return t(ReportText.callMentor, learner.name, mentor, learner.mentorPhone ?? MetricFormat.missing)
            }
            return "- "
                + t(ReportText.callLine, report.label(list.code, list.name), list.learners.count)
                + names.joined(separator: separator)
        }
    }
}
