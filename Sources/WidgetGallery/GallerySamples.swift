import Widgets

/// Made-up sample data for the gallery: Chinese and English names of awkward widths, long
/// names that must be cut, and numbers that exercise every threshold.
public enum GallerySamples {
    struct Organization {
        let id: String
        let name: String
        let activity: Double
        let week: [Double]
        let rank: Int
        let rankChange: Int
        let children: [Organization]
    }

    struct Learner {
        let name: String
        let organization: String
        let points: Int
        let isPartyMember: Bool
        let change: Int
    }

    static let organizationTree: [Organization] = [
        Organization(
            id: "city", name: "全市 City committee", activity: 0.72, week: [5, 6, 6, 7, 8, 7, 9], rank: 1, rankChange: 0,
            children: [
                Organization(
                    id: "gov", name: "机关党委 Government offices", activity: 0.86, week: [8, 8, 9, 7, 9, 9, 10], rank: 1,
                    rankChange: 1,
                    children: [
                        Organization(
                            id: "gov-1", name: "第一党支部", activity: 0.93, week: [9, 9, 10, 10, 8, 9, 10], rank: 1,
                            rankChange: 0, children: []),
                        Organization(
                            id: "gov-2", name: "第二党支部（财务与审计）Finance and audit", activity: 0.64,
                            week: [6, 5, 7, 6, 6, 4, 7], rank: 2, rankChange: -1, children: []),
                        Organization(
                            id: "gov-3", name: "离退休干部党支部", activity: 0.38, week: [2, 3, 1, 0, 4, 3, 2], rank: 3,
                            rankChange: 1, children: []),
                    ]),
                Organization(
                    id: "edu", name: "教育局党委 Education bureau", activity: 0.55, week: [4, 5, 3, 6, 5, 5, 6], rank: 2,
                    rankChange: -1,
                    children: [
                        Organization(
                            id: "edu-1", name: "实验中学党支部", activity: 0.61, week: [5, 6, 4, 6, 7, 5, 6], rank: 1,
                            rankChange: 0, children: []),
                        Organization(
                            id: "edu-2", name: "第三小学党支部", activity: 0.49, week: [3, 4, 4, 5, 3, 4, 5], rank: 2,
                            rankChange: 0, children: []),
                    ]),
                Organization(
                    id: "xixiang", name: "西乡街道党工委 Xixiang", activity: 0.27, week: [1, 0, 2, 3, 1, 0, 2], rank: 3,
                    rankChange: 0,
                    children: [
                        Organization(
                            id: "xixiang-1", name: "碧海湾社区党支部", activity: 0.31, week: [2, 1, 3, 2, 0, 1, 3], rank: 1,
                            rankChange: 2, children: [])
                    ]),
            ])
    ]

    static let initiallyExpanded: Set<String> = ["city", "gov", "xixiang"]

    static let learners: [Learner] = [
        Learner(name: "王小明", organization: "第一党支部", points: 1_286, isPartyMember: true, change: 2),
        Learner(name: "欧阳建国", organization: "机关党委", points: 1_254, isPartyMember: true, change: 0),
        Learner(name: "Li Na", organization: "Education bureau", points: 1_190, isPartyMember: false, change: -1),
        Learner(name: "阿卜杜热合曼·买买提", organization: "碧海湾社区党支部", points: 1_102, isPartyMember: true, change: 3),
        Learner(name: "张伟", organization: "第二党支部（财务与审计）", points: 998, isPartyMember: true, change: -2),
        Learner(name: "Catherine Zeta-Jones", organization: "实验中学党支部", points: 942, isPartyMember: false, change: 1),
        Learner(name: "陈静", organization: "第三小学党支部", points: 901, isPartyMember: true, change: 0),
        Learner(name: "刘洋", organization: "离退休干部党支部", points: 877, isPartyMember: true, change: -1),
        Learner(name: "赵敏", organization: "西乡街道党工委", points: 845, isPartyMember: false, change: 4),
        Learner(name: "孙悦", organization: "第一党支部", points: 812, isPartyMember: true, change: 0),
        Learner(name: "周杰", organization: "教育局党委", points: 790, isPartyMember: false, change: -3),
        Learner(name: "吴刚", organization: "第二党支部（财务与审计）", points: 765, isPartyMember: true, change: 1),
        Learner(name: "郑爽", organization: "实验中学党支部", points: 731, isPartyMember: false, change: 0),
        Learner(name: "冯晓", organization: "碧海湾社区党支部", points: 702, isPartyMember: true, change: 2),
        Learner(name: "Wang Fang", organization: "Retired cadres", points: 688, isPartyMember: true, change: -1),
        Learner(name: "褚一帆", organization: "第一党支部", points: 640, isPartyMember: true, change: 0),
        Learner(name: "卫东", organization: "机关党委", points: 611, isPartyMember: true, change: 1),
        Learner(name: "蒋文", organization: "第三小学党支部", points: 587, isPartyMember: false, change: -2),
        Learner(name: "沈括", organization: "离退休干部党支部", points: 542, isPartyMember: true, change: 0),
        Learner(name: "韩梅梅", organization: "实验中学党支部", points: 515, isPartyMember: false, change: 5),
        Learner(name: "杨帆", organization: "西乡街道党工委", points: 480, isPartyMember: true, change: -1),
        Learner(name: "朱丽", organization: "教育局党委", points: 455, isPartyMember: true, change: 0),
        Learner(name: "秦岚", organization: "第二党支部（财务与审计）", points: 402, isPartyMember: false, change: -4),
        Learner(name: "尤勇", organization: "碧海湾社区党支部", points: 376, isPartyMember: true, change: 0),
        Learner(name: "许晴", organization: "第一党支部", points: 341, isPartyMember: true, change: 1),
        Learner(name: "何炅", organization: "机关党委", points: 298, isPartyMember: false, change: -2),
        Learner(name: "吕布", organization: "第三小学党支部", points: 251, isPartyMember: true, change: 0),
        Learner(name: "施瓦辛格", organization: "Retired cadres", points: 188, isPartyMember: false, change: -1),
        Learner(name: "张三丰", organization: "离退休干部党支部", points: 96, isPartyMember: true, change: 0),
        Learner(name: "李四", organization: "西乡街道党工委", points: 0, isPartyMember: false, change: -6),
    ]

    static let listItems: [String] = [
        "学习新思想 Study the new thinking",
        "每日答题 Daily quiz",
        "挑战答题 Challenge quiz",
        "专项答题 Special quiz",
        "视听学习 Video and audio",
        "订阅 Subscriptions",
        "强国运动 Exercise",
        "本地频道 Local channel",
        "一个非常非常长的条目名称，用来检查截断是否正确 A very long item name to check truncation",
    ]

    static let heatmapMembers = ["王小明", "欧阳建国", "Li Na", "阿卜杜热合曼·买买提", "张伟", "Catherine Z.", "陈静", "刘洋"]

    /// Fourteen days of points per member; nil is a day without an export.
    static let heatmapValues: [[Double?]] = [
        [42, 45, 38, 50, 47, 44, 49, 51, 40, 43, 46, 48, 50, 52],
        [30, 32, 0, 28, 35, 33, 31, 29, 36, 34, 30, 38, 37, 35],
        [12, 18, 25, 20, 0, 0, 15, 22, 24, 19, 21, 26, 23, 20],
        [5, 0, 8, 10, 12, 15, 18, 20, 25, 28, 30, 35, 40, 45],
        [25, 24, nil, nil, 22, 26, 27, 25, 23, 28, 30, 29, 31, 30],
        [0, 0, 0, 5, 0, 0, 0, 8, 0, 0, 3, 0, 0, 0],
        [40, 41, 39, 42, 43, 40, 44, 38, 45, 46, 44, 47, 48, 49],
        [10, 12, 11, 9, 13, 12, 14, 10, 15, 11, 13, 12, 14, 16],
    ]

    /// Thirty days of average points for two series.
    static let chartDays: [Double] = [
        21, 23, 22, 26, 30, 28, 27, 31, 35, 33, 30, 29, 34, 38, 41, 39, 36, 40, 44, 47, 45, 43, 48, 52, 50, 49, 53, 57,
        55, 58,
    ]
    static let chartRegistered: [Double] = [
        40, 40, 41, 41, 42, 42, 42, 43, 44, 44, 44, 45, 45, 46, 46, 46, 47, 47, 48, 48, 49, 49, 49, 50, 50, 51, 51, 52,
        52, 52,
    ]

    static let paragraphChinese = "学习强国是一个学习平台。每天的积分来自阅读文章、观看视频和答题。这段文字用来检查中文折行：汉字之间可以在任何位置换行，标点不会出现在半个字符宽的位置。"
    static let paragraphEnglish =
        "English text wraps at spaces, and a word that is longer than the line, such as Pneumonoultramicroscopicsilicovolcanoconiosis, is cut hard at the edge."

    /// The tree as `TreeNode`s: name, activity gauge, 7-day sparkline, rank with ▲/▼.
    public static func organizations(theme: Theme = .default) -> [TreeNode] {
        func node(_ organization: Organization) -> TreeNode {
            TreeNode(
                id: organization.id,
                cells: [
                    .text(Line(organization.name)),
                    .widget(
                        Gauge(
                            ratio: organization.activity, thresholds: GaugeThresholds(warning: 0.6, bad: 0.4),
                            theme: theme)),
                    .widget(Sparkline(values: organization.week, theme: theme)),
                    .text(rankLine(rank: organization.rank, change: organization.rankChange, theme: theme)),
                ],
                children: organization.children.map(node)
            )
        }
        return organizationTree.map(node)
    }

    static func rankLine(rank: Int, change: Int, theme: Theme) -> Line {
        let glyphs = theme.glyphs
        if change > 0 { return Line(spans: [Span("\(rank)"), Span(glyphs.rankUp, style: theme[.rankUp])]) }
        if change < 0 { return Line(spans: [Span("\(rank)"), Span(glyphs.rankDown, style: theme[.rankDown])]) }
        return Line("\(rank) ")
    }
}
