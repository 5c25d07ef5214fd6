import Dashboard
import Testing
import Widgets
import XuexiCore
import XuexiTestSupport

/// The branch review and the learner detail, drawn into the in-memory buffer.
@Suite struct BranchReviewTests {
    @Test func branchReviewAt120x40() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller(initialOrg: "B11")
        assertLines(
            controller.screen(columns: 120, rows: 40),
            [
                "<header>",
                "┌ 近30日活跃度 ───────────────────────────────────────────────────────────┐┌ 概况 · 当日 ──────────────────────────────┐",
                "│100%│                                     ⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉── 活跃度 ── 目标 70%││注册 4/5  80.0%                            │",
                "│    │                                                        ⢹           ││活跃度 75.0%  3 人学习                     │",
                "│    │                                                        ⠘⡆          ││日均积分 19.0                              │",
                "│    │                                                         ⢳          ││同级排名 2/2▼1  落后25.0个百分点           │",
                "│ 80%│               无数据                                    ⠸⡄         ││注册率第 2  日均第 2 落后5.3分             │",
                "│    │                                                          ⠧⠤⠤⠤⠤⠤⠤⠤⠤⠤││1万+ 3 · 2万+ 3 · 4万+ 1                   │",
                "│    │⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤││同级组织                                   │",
                "│    │                                                                    ││  1 第二党支部                       100.0%│",
                "│ 60%│┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈                               ││  2 第一党支部                        75.0%│",
                "│    └────────────────────────────────────────────────────────────────────││                                           │",
                "│     10-21                          11-05                           11-19││                                           │",
                "└─────────────────────────────────────────────────────────────────────────┘└───────────────────────────────────────────┘",
                "┌ 成员近14日积分 · 全部 ───────────────────────────────────────────── 1/4 ┐┌ 连续 3 天以上未学习 ─────────────────── 1 ┐",
                "│姓名        11-06…11-19                  当日▼  14日  学习  总积分       ││姓名     天数 帮带人                       │",
                "│刘洋     党 ▓ ▓ ▓ █ ░ ░ ▒ ▒ ▒ ▒ ▒ ▓ ▓ ▓     37   405 14/14  20,405       ││王芳      5天 张伟 138****0001             │",
                "│李娜        ▒ ▒ ▓ ▓ ▓ ▓ ▓ █ █ ░ ░ ▒ ▒ ▒     23   409 14/14  40,409       ││                                           │",
                "│张伟     党 ▒ ▒ ▒ ▒ ▒ ▓ ▓ ▓ ▓ ▓ █ ░ ░ ▒     16   391 14/14  20,391       ││                                           │",
                "│王芳        ▓ ▓ ▓ ▓ ▓ █ █ ░ ▒ · · · · ·      0   307  9/14     307       ││                                           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "│                                                                         │└───────────────────────────────────────────┘",
                "│                                                                         │┌ 分项积分 · 当日 ──────────────────────────┐",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││          导出文件未包含分项积分           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "└─────────────────────────────────────────────────────────────────────────┘└───────────────────────────────────────────┘",
                "  Enter 详情  s 排序  f 筛选  Tab 窗格  Esc 返回  [ ] 日期  d/w/m 周期  c 复制  x 导出  ? 帮助  q 退出                  ",
            ])
    }

    @Test func branchReviewAt80x24() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller(initialOrg: "B11")
        assertLines(
            controller.screen(columns: 80, rows: 24),
            [
                "<header>",
                "┌ 近30日活跃度 ──────────────────────────────┐┌ 概况 · 当日 ───────────────────┐",
                "│100%│                  ── 活跃度 ── 目标 70%││注册 4/5  80.0%                 │",
                "│    │                                ⢹      ││活跃度 75.0%  3 人学习          │",
                "│ 80%│       无数据                   ⠈⡇     ││日均积分 19.0                   │",
                "│    │⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠭⠭⠭⠭⠭⠭││同级排名 2/2▼1  落后25.0个百分点│",
                "│ 60%│┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈                  ││注册率第 2  日均第 2 落后5.3分  │",
                "│    └───────────────────────────────────────││1万+ 3 · 2万+ 3 · 4万+ 1        │",
                "│     10-21            11-05            11-19││                                │",
                "└────────────────────────────────────────────┘└────────────────────────────────┘",
                "┌ 成员近14日积分 · 全部 ──────────────── 1/4 ┐┌ 连续 3 天以上未学习 ──────── 1 ┐",
                "│姓名        11-06…11-19    当日▼  总积分    ││姓名     天数 帮带人            │",
                "│刘洋     党 ▓▓▓█░░▒▒▒▒▒▓▓▓    37  20,405    ││王芳      5天 张伟 138****0001  │",
                "│李娜        ▒▒▓▓▓▓▓██░░▒▒▒    23  40,409    ││                                │",
                "│张伟     党 ▒▒▒▒▒▓▓▓▓▓█░░▒    16  20,391    ││                                │",
                "│王芳        ▓▓▓▓▓██░▒·····     0     307    ││                                │",
                "│                                            ││                                │",
                "│                                            ││                                │",
                "│                                            ││                                │",
                "│                                            ││                                │",
                "│                                            ││                                │",
                "│                                            ││                                │",
                "└────────────────────────────────────────────┘└────────────────────────────────┘",
                "  Enter 详情  s 排序  f 筛选  Tab 窗格  Esc 返回  [ ] 日期  ? 帮助  q 退出      ",
            ])
    }

    @Test func learnerDetailOverTheBranchReview() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller(initialOrg: "B11")
        // Members are listed by the day's points, highest first: 刘洋, then 李娜.
        controller.press("j Enter")
        assertLines(
            controller.screen(columns: 120, rows: 40),
            [
                "<header>",
                "┌ 近30日活跃度 ───────────────────────────────────────────────────────────┐┌ 概况 · 当日 ──────────────────────────────┐",
                "│100%│                                     ⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉── 活跃度 ── 目标 70%││注册 4/5  80.0%                            │",
                "│    │                                                        ⢹           ││活跃度 75.0%  3 人学习                     │",
                "│    │                                                        ⠘⡆          ││日均积分 19.0                              │",
                "│    │                                                         ⢳          ││同级排名 2/2▼1  落后25.0个百分点           │",
                "│ 80%│               无数据                                    ⠸⡄         ││注册率第 2  日均第 2 落后5.3分             │",
                "│    │                                                          ⠧⠤⠤⠤⠤⠤⠤⠤⠤⠤││1万+ 3 · 2万+ 3 · 4万+ 1                   │",
                "│    │⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤││同级组织                                   │",
                "│    │               ┌───────────────────────────────── 李娜 L02 ─────────────────────────────────┐              100.0%│",
                "│ 60%│┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈│ 组织 示范街道党工委 › 东风社区党委 › 第一党支部                            │               75.0%│",
                "│    └───────────────│ 政治面貌 群众   手机 138****0002   注册 2024-01-01                         │                    │",
                "│     10-21          │ 帮带人 张伟（L01）                                                         │                    │",
                "└────────────────────│ 总积分 40,409（40,000 分俱乐部）                                           │────────────────────┘",
                "┌ 成员近14日积分 · 全│ 近30日 409 分 · 学习 14/14 天                                              │───────────────── 1 ┐",
                "│姓名        11-06…11│                                                                            │                    │",
                "│刘洋     党 ▓ ▓ ▓ █ │ 48│                                              ▂ █                       │***0001             │",
                "│李娜        ▒ ▒ ▓ ▓ │   │                                            ▅ █ █                       │                    │",
                "│张伟     党 ▒ ▒ ▒ ▒ │   │                                        ▂ ▇ █ █ █                       │                    │",
                "│王芳        ▓ ▓ ▓ ▓ │   │                                      ▄ █ █ █ █ █                       │                    │",
                "│                    │   │                                  ▁ ▇ █ █ █ █ █ █                       │                    │",
                "│                    │   │                                ▄ █ █ █ █ █ █ █ █         ▂             │                    │",
                "│                    │   │                                █ █ █ █ █ █ █ █ █       ▄ █             │                    │",
                "│                    │   │                                █ █ █ █ █ █ █ █ █   ▁ ▇ █ █             │                    │",
                "│                    │   │                                █ █ █ █ █ █ █ █ █ ▄ █ █ █ █             │                    │",
                "│                    │   │                                █ █ █ █ █ █ █ █ █ █ █ █ █ █             │                    │",
                "│                    │  0│                                █ █ █ █ █ █ █ █ █ █ █ █ █ █             │                    │",
                "│                    │   └─────────────────────────────────────────────────────────────────────── │                    │",
                "│                    │    10-21                       11-05                       11-19           │                    │",
                "│                    │                                  Esc 返回                                  │                    │",
                "│                    └────────────────────────────────────────────────────────────────────────────┘────────────────────┘",
                "│                                                                         │┌ 分项积分 · 当日 ──────────────────────────┐",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││          导出文件未包含分项积分           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "│                                                                         ││                                           │",
                "└─────────────────────────────────────────────────────────────────────────┘└───────────────────────────────────────────┘",
                "  Esc 返回  ? 帮助  q 退出                                                                                              ",
            ])
    }

    @Test func enterOnAnOrgOpensItsReviewAndEscReturns() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("j Enter")
        let review = controller.screen(columns: 120, rows: 40)
        #expect(screen(review, contains: "近30日活跃度"))
        #expect(screen(review, contains: "成员近14日积分"))
        #expect(controller.render(columns: 120, rows: 40).lines()[0].contains("示范街道党工委 › 东风社区党委"))
        controller.press("Escape")
        let main = controller.screen(columns: 120, rows: 40)
        #expect(screen(main, contains: "组织 · 当日"))
        // The selection is where it was before drilling in.
        #expect(controller.state.orgs.selection.id == "C1")
    }
}

/// The per-item breakdown appears where the exports carried it.
@Suite struct ItemBreakdownTests {
    @Test func itemsFromTheExportAreListed() throws {
        let fixture = try DashboardFixture()
        let day = DashboardFixture.lastDay.adding(1)
        var text = "日期,学员编号,当日积分,总积分,阅读文章,视听学习,每日答题\n"
        for number in 1...10 {
            var total = 20_000 * (number % 3)
            for earlier in 0..<DashboardFixture.days {
                total += DashboardFixture.points(learner: number, offset: earlier)
            }
            text += "\(day.iso),L\(String(format: "%02d", number)),20,\(total + 20),12,6,2\n"
        }
        try fixture.importFiles([try fixture.write("items-\(day.iso).csv", text)])
        let controller = fixture.controller(initialOrg: "B11")
        let lines = controller.screen(columns: 120, rows: 40)
        #expect(screen(lines, contains: "分项积分 · 当日"))
        // Four learners of B11 studied the day: 4 × 12 reading, 4 × 6 video, 4 × 2 quiz.
        #expect(screen(lines, contains: "阅读文章"))
        #expect(lines.contains { $0.contains("视听学习") && $0.contains("24") })
        #expect(lines.contains { $0.contains("阅读文章") && $0.contains("48") })
        #expect(!screen(lines, contains: "导出文件未包含分项积分"))
    }
}
