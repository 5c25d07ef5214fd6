import Foundation
import Testing
import Widgets
import XuexiCore
import XuexiModel
import XuexiStore
import XuexiTestSupport

@testable import Dashboard

/// Help, search, settings, the alert dialogs, and the screens for special states.
@Suite struct OverlayTests {
    @Test func helpOverlayListsEveryKeyAt80x24() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("?", columns: 80, rows: 24)
        assertLines(
            controller.screen(columns: 80, rows: 24),
            [
                "<header>",
                "┌ 组织 · 当日 ──────────────────────────────────────────────────────────── 1/3 ┐",
                "│┌──────────────────────────────── 按键说明 ─────────────────────────────────┐ │",
                "││ ↑ ↓ k j          上下移动             / F3             搜索组织和学员     │ │",
                "││ PgUp PgDn ^B ^F  上下翻页             a F9             确认预警，可写备注 │ │",
                "││ Home End g G     第一行 / 最后一行    z                暂缓预警           │ │",
                "││ ← → h l          收起展开/换榜单      c                复制本视图简报     │ │",
                "││ Space            展开收起组织/预警    x                导出本视图报表     │ │",
                "││ e F5             全部展开 / 收起      t                换主题             │ │",
                "││ Enter            审阅组织/学员/预警   F2               设置               │ │",
                "││ Esc ⌫            返回上一级           L                中文 / English     │ │",
                "││ Tab S-Tab        切换窗格             M                开关鼠标           │ │",
                "││ [ ] F7 F8        前一天 / 后一天      r ^L             重新读取并重绘     │ │",
                "││ .                回到最新（实时）     ? F1             本帮助             │ │",
                "└│ d w m y          日/周/月/年          q F10 ^C ^D      退出               │─┘",
                "┌│ s F6 >           换排序列             鼠标             点击选择，滚轮滚动 │ ┐",
                "││ S <              反向排序             Shift+拖         选中复制，或先按 M │ │",
                "││ f F4             筛选组织/成员/预警                                       │ │",
                "││                                                                           │ │",
                "││                               Esc 或 ? 关闭                               │ │",
                "│└───────────────────────────────────────────────────────────────────────────┘ │",
                "│  4 黄强   党 红旗…一党支部     25││注册率未达标：1 个街道、1 个社区、1 个党… │",
                "└──────────────────────────────────┘└──────────────────────────────────────────┘",
                "  Enter 审阅  ←→ 展开  s 排序  f 筛选  / 搜索  [ ] 日期  ? 帮助  q 退出         ",
            ])
    }

    @Test func searchFindsOrgsAndLearnersAsYouType() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        controller.press("/ 第 一")
        assertLines(
            controller.screen(columns: 120, rows: 40),
            [
                "<header>",
                "┌ 组织 · 当日 ────────────────────────────────────────────────────────── 1/3 ┐┌ 学习榜 · 全部 ─────────────────── 1/10 ┐",
                "│组织             注册┌───────────────────────────── 搜索组织和学员 ─────────────────────────────┐ │ 总积分            │",
                "│▾ 示范街道党工委     │ 第一                                                                     │                 积分│",
                "│├─▸ 东风社区党委     │ 共 2 项                                                                  │ 支部              44│",
                "│└─▸ 红旗社区党委     │ › [组织] 第一党支部 B11  东风社区党委                                    │/第一党支部        37│",
                "│                     │   [组织] 第一党支部 B21  红旗社区党委                                    │/第一党支部        32│",
                "│                     │                                                                          │/第一党支部        25│",
                "│                     │                                                                          │/第一党支部        23│",
                "│                     │                                                                          │ 支部              18│",
                "│                     │                                                                          │/第一党支部        16│",
                "│                     │                                                                          │ 支部              11│",
                "│                     │                                                                          │/第一党支部         0│",
                "│                     │                                                                          │/第一党支部         0│",
                "│                     │                                                                          │                     │",
                "│                     │                                                                          │                     │",
                "│                     │                                                                          │                     │",
                "│                     │                                                                          │                     │",
                "│                     │                                                                          │                     │",
                "│                     │                                                                          │                     │",
                "│                     │                     ↑↓ 选择 · Enter 跳转 · Esc 关闭                      │                     │",
                "│                     └──────────────────────────────────────────────────────────────────────────┘                     │",
                "│                                                                            ││                                        │",
                "│                                                                            ││                                        │",
                "│                                                                            ││                                        │",
                "│                                                                            ││                                        │",
                "│示范街道党工委 R  活跃 8/10 人  1万+ 7 · 2万+ 7 · 4万+ 3                    ││                                        │",
                "└────────────────────────────────────────────────────────────────────────────┘└────────────────────────────────────────┘",
                "┌ 预警 · 未解决 · 3 组 · 含下属 7 条 ───────────────────────────────────────────────────────────────────────────── 1/3 ┐",
                "│级别 规则 组织                                                                                       数值  持续 状态  │",
                "│警告 注册 ▸ 1 个街道、1 个社区、1 个党支部                                                           3 条  14天 待处理│",
                "│警告 目标 ▸ 1 个社区、1 个党支部                                                                     2 条  14天 待处理│",
                "│提示 未学 ▸ 2 个单位 2 人                                                                            2 条   1天 待处理│",
                "│                                                                                                                      │",
                "│                                                                                                                      │",
                "│                                                                                                                      │",
                "│                                                                                                                      │",
                "│注册率未达标：1 个街道、1 个社区、1 个党支部                                                                          │",
                "└──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘",
                "  Enter 审阅  ←→ 展开  s 排序  f 筛选  / 搜索  [ ] 日期  d/w/m 周期  Tab 窗格  c 复制  x 导出  ? 帮助  q 退出           ",
            ])
    }

    @Test func emptyStoreSaysHowToImportOrRunTheDemo() throws {
        let store = try XuexiStore.inMemory()
        let data = DashboardDataSource(store: store, mode: .inline)
        let controller = DashboardController(
            data: data, state: DashboardState(), environment: try DashboardFixture(days: 0).environment())
        assertLines(
            controller.screen(columns: 80, rows: 24),
            [
                "<header>",
                "                                                                                ",
                "                                                                                ",
                "                                                                                ",
                "                                                                                ",
                "        ┌ 开始使用 ────────────────────────────────────────────────────┐        ",
                "        │ 数据库中还没有数据。                                         │        ",
                "        │                                                              │        ",
                "        │ 导入管理后台导出的文件（CSV、XLSX 或 JSON）：                │        ",
                "        │     xuexi-dash import --store /data/xuexi.sqlite 文件或目录… │        ",
                "        │                                                              │        ",
                "        │ 或监视一个文件夹，新导出文件会自动导入：                     │        ",
                "        │     xuexi-dash watch --store /data/xuexi.sqlite ~/exports    │        ",
                "        │                                                              │        ",
                "        │ 或先看看演示数据：                                           │        ",
                "        │     xuexi-dash demo                                          │        ",
                "        │                                                              │        ",
                "        │ 导入完成后本屏会自动刷新。按 q 退出。                        │        ",
                "        └──────────────────────────────────────────────────────────────┘        ",
                "                                                                                ",
                "                                                                                ",
                "                                                                                ",
                "                                                                                ",
                "  q 退出  L 中文/English  ? 帮助                                                ",
            ])
    }

    @Test func tooSmallWindowSaysSoAndRecovers() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller()
        assertLines(
            controller.render(columns: 60, rows: 15).lines(),
            [
                "                                                            ",
                "                                                            ",
                "                                                            ",
                "                                                            ",
                "                                                            ",
                "                                                            ",
                "                          窗口太小                          ",
                "                 至少需要 80×24，当前 60×15                 ",
                "                放大窗口即可继续，按 q 退出                 ",
                "                                                            ",
                "                                                            ",
                "                                                            ",
                "                                                            ",
                "                                                            ",
                "                                                            ",
            ])
        #expect(controller.handle(.resize(columns: 80, rows: 24)) == .redraw)
        #expect(screen(controller.screen(columns: 80, rows: 24), contains: "组织 · 当日"))
    }

    @Test func loadingPanesSayLoadingNotEmpty() throws {
        let fixture = try DashboardFixture()
        let controller = fixture.controller(mode: .background)
        // The first frame asks for everything; nothing has arrived yet.
        let first = controller.render(columns: 80, rows: 24).lines()
        #expect(screen(first, contains: "加载中…"))
        #expect(!screen(first, contains: "没有"))
        var frame = first
        for _ in 0..<20 where screen(frame, contains: "加载中…") {
            _ = controller.settle(milliseconds: 2_000)
            frame = controller.render(columns: 80, rows: 24).lines()
        }
        #expect(screen(frame, contains: "东风社区党委"))
        #expect(!screen(frame, contains: "加载中…"))
    }

    @Test func headerShowsScopeDateImportLiveMarkerAndClock() {
        func header(columns: Int, crumbs: [String], importedAgo seconds: Double, live: Bool, language: Language)
            -> String
        {
            var buffer = ScreenBuffer(width: columns, height: 1)
            let context = PaneContext(
                theme: .default, text: DashboardText(language: language), configuration: AppConfiguration(),
                now: DashboardFixture.now, timeZone: DashboardFixture.timeZone)
            HeaderPane(
                breadcrumb: crumbs, day: DashboardFixture.lastDay, period: .day,
                lastImport: DashboardFixture.now.addingTimeInterval(-seconds),
                isLive: live, isRefreshing: false
            ).render(in: buffer.area, buffer: &buffer, context: context)
            return buffer.lines()[0]
        }
        assertLines(
            [
                " 学习强国看板 示范街道党工委 › 东风社区党委            2026-11-19 周四 · 当日 │ ● 实时 │ 导入 09:27（3 分钟前） │ 09:30 ",
                " 学习强国看板 …区党委 › 第一党支部  11-19 当日 │ ○ 历史 │ 导入 2 小时前 │ 09:30 ",
                " XuexiDash 示范街道党工委 › 东风社区党委                Thu 2026-11-19 · day │ ● live │ import 09:29 (just now) │ 09:30 ",
            ],
            [
                " 学习强国看板 示范街道党工委 › 东风社区党委            2026-11-19 周四 · 当日 │ ● 实时 │ 导入 09:27（3 分钟前） │ 09:30 ",
                " 学习强国看板 …区党委 › 第一党支部  11-19 当日 │ ○ 历史 │ 导入 2 小时前 │ 09:30 ",
                " XuexiDash 示范街道党工委 › 东风社区党委                Thu 2026-11-19 · day │ ● live │ import 09:29 (just now) │ 09:30 ",
            ])
    }
}
