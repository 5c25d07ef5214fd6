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
    /// "- 第二党支部 待联系 2 人：" and one line per member, "  - 高峰（帮带人 徐志强 139****0101）",
    /// so a long list never makes one over-long line.
    func callListLines() -> [String] {
        report.callLists.filter { !$0.learners.isEmpty }.flatMap { list in
            let heading = "- " + t(ReportText.callLine, report.label(list.code, list.name), list.learners.count)
            return [heading]
                + list.learners.map { learner in
                    guard let mentor = learner.mentorName else {
                        return "  - " + t(ReportText.callNoMentor, learner.name)
                    }
                    return "  - "
                        + t(ReportText.callMentor, learner.name, mentor, learner.mentorPhone ?? MetricFormat.missing)
                }
        }
    }
}
