import Testing
import WidgetGallery
import Widgets
import XuexiTestSupport

@Suite("Widget gallery")
struct WidgetGalleryTests {
    private func screen(_ state: GalleryState, width: Int, height: Int, theme: Theme = .default) -> (
        ScreenBuffer, GalleryHitMap
    ) {
        var buffer = ScreenBuffer(width: width, height: height)
        let hitMap = WidgetGallery(state: state, theme: theme, statusText: "256色·鼠标开").render(into: &buffer)
        return (buffer, hitMap)
    }

    @Test("80×24: four pages, each line exactly 80 columns, header and footer in place", arguments: 0..<4)
    func smallPages(page: Int) {
        var state = GalleryState(language: .chinese)
        state.page = page
        let (buffer, _) = screen(state, width: 80, height: 24)
        let lines = buffer.lines()
        #expect(lines.allSatisfy { DisplayWidth.of($0) == 80 })
        #expect(lines[0].hasPrefix(" 学习强国 · 组件库 Widget gallery"))
        #expect(lines[0].hasSuffix("主题: Party Red  80×24 "))
        #expect(lines[1].hasPrefix(" 表格 │ 图表 │ 文本 │ 对话框"))
        #expect(lines[23].hasPrefix("  ? 帮助  q 退出  Tab 翻页"))
        #expect(lines[23].hasSuffix("256色·鼠标开 "))
        let expectedTitle = ["组织树 Organizations", "进度条 Gauges", "段落 Paragraph", "确认框 Confirm"][page]
        #expect(lines[2].contains(expectedTitle))
    }

    @Test("120×40: two pages, two sections each")
    func largePages() {
        #expect(WidgetGallery.pages(columns: 120, rows: 40).count == 2)
        let (first, _) = screen(GalleryState(language: .chinese), width: 120, height: 40)
        #expect(first.lines()[1].hasPrefix(" 表格 · 图表 │ 文本 · 对话框"))
        #expect(first.text.contains("组织树 Organizations") && first.text.contains("热力图 14 天 Heatmap"))
        var state = GalleryState(language: .chinese)
        state.page = 1
        let (second, _) = screen(state, width: 120, height: 40)
        #expect(second.text.contains("段落 Paragraph") && second.text.contains("确认框 Confirm"))
        #expect(second.lines().allSatisfy { DisplayWidth.of($0) == 120 })
    }

    @Test("The learner table on the first page, Chinese aligned in columns")
    func tablePage() {
        let (buffer, _) = screen(GalleryState(language: .chinese), width: 80, height: 24)
        let lines = buffer.lines()
        #expect(lines[12] == "│ # 姓名         组织                                          积分▼ 党员  变化│")
        #expect(lines[13] == "│ 1 王小明       第一党支部                                     1286   ●     ▲2│")
        #expect(lines[16] == "│ 4 阿卜杜热合…  碧海湾社区党支部                               1102   ●     ▲3│")
    }

    @Test("Below 80×24 a clear message, which names the size needed and the size now")
    func tooSmall() {
        let (buffer, _) = screen(GalleryState(language: .chinese), width: 60, height: 20)
        let text = buffer.text
        #expect(text.contains("窗口太小"))
        #expect(text.contains("至少需要 80×24，当前 60×20"))
        let (english, _) = screen(GalleryState(language: .english), width: 79, height: 30)
        #expect(english.text.contains("Window too small"))
        let (tiny, _) = screen(GalleryState(language: .english), width: 1, height: 1)
        #expect(tiny.lines().count == 1)
    }

    @Test("English labels")
    func english() {
        let (buffer, _) = screen(GalleryState(language: .english), width: 80, height: 24)
        #expect(buffer.lines()[0].hasPrefix(" XuexiDash · Widget gallery"))
        #expect(buffer.lines()[1].hasPrefix(" Tables │ Charts │ Text │ Dialogs"))
        #expect(buffer.lines()[23].hasPrefix("  ? Help  q Quit  Tab Page"))
    }

    @Test("Overlays: help, text input with Chinese, confirm")
    func overlays() {
        var state = GalleryState(language: .chinese)
        state.overlay = .help
        #expect(screen(state, width: 80, height: 24).0.text.contains("帮助 Help"))
        state.overlay = .textInput(TextInputState(text: "西乡"))
        let input = screen(state, width: 80, height: 24).0.text
        #expect(input.contains("输入文字（支持中文）：") && input.contains("西乡"))
        state.overlay = .confirm(confirmFocused: true)
        #expect(screen(state, width: 80, height: 24).0.text.contains("[ 确定 ]   [ 取消 ]"))
    }

    @Test("Clicks land on tabs, tree rows and table rows")
    func clicks() {
        let (_, hitMap) = screen(GalleryState(language: .chinese), width: 80, height: 24)
        #expect(hitMap.target(x: 2, y: 1) == .page(0))
        #expect(hitMap.target(x: 8, y: 1) == .page(1))
        #expect(hitMap.target(x: 5, y: 4) == .treeRow(0))
        #expect(hitMap.target(x: 5, y: 13) == .tableRow(0))
        #expect(hitMap.target(x: 5, y: 12) == nil)
        #expect(hitMap.target(x: 0, y: 0) == nil)
    }

    @Test("State: pages wrap, selection clamps, tree nodes toggle, scroll offsets are kept")
    func state() {
        var state = GalleryState(language: .chinese)
        state.previousPage(pageCount: 4)
        #expect(state.page == 3)
        state.nextPage(pageCount: 4)
        #expect(state.page == 0)
        state.moveSelection(by: 1_000)
        #expect(state.tableSelection == 29)
        state.toggleFocusedPane()
        state.moveSelection(by: 1)
        #expect(state.treeSelection == 1)
        #expect(state.expandedIDs.contains("gov"))
        state.toggleSelectedTreeNode()
        #expect(!state.expandedIDs.contains("gov"))
        var buffer = ScreenBuffer(width: 80, height: 24)
        state.toggleFocusedPane()
        let hitMap = WidgetGallery(state: state, theme: .default).render(into: &buffer)
        state.adoptScrollOffsets(from: hitMap)
        // Nine rows fit under the header: the last of 30 rows is shown with offset 21.
        #expect(state.tableScrollOffset == 21)
    }

    @Test("Every shipped glyph set and the monochrome degradation render without gaps")
    func asciiAndMonochrome() {
        let ascii = Theme.default.with(glyphs: .ascii)
        let (buffer, _) = screen(GalleryState(language: .chinese), width: 80, height: 24, theme: ascii)
        #expect(!buffer.text.contains("─") && buffer.text.contains("+-"))
        let mono = Theme.default.degraded(to: .monochrome)
        let (monoBuffer, _) = screen(GalleryState(language: .chinese), width: 80, height: 24, theme: mono)
        #expect(monoBuffer[0, 0].attributes.contains(.reverse))
    }

    @Test("The benchmark fixture renders and returns one timing per iteration")
    func benchmarkRuns() {
        let timings = WidgetBenchmarks.renderAndDiff200x60(iterations: 3)
        #expect(timings.count == 3)
        #expect(timings.allSatisfy { $0 >= 0 })
        #expect(WidgetBenchmarks.median([3, 1, 2]) == 2)
        #expect(WidgetBenchmarks.median([4, 1, 2, 3]) == 2.5)
    }
}
