import Testing
import Widgets
import XuexiTestSupport

@Suite("Tabs, list and status bar")
struct TabsListStatusTests {
    @Test("Tabs with dividers; the active one styled")
    func tabs() {
        let theme = Theme.default
        let tabs = Tabs(titles: ["表格", "Charts", "文本"], selected: 1, theme: theme)
        let buffer = rendered(tabs, width: 24, height: 1)
        assertBuffer(buffer, equals: [" 表格 │ Charts │ 文本   "])
        let active = theme[.tabActive].background
        assertLines(buffer.styleLines { $0.background == active ? "a" : "." }, equals: [".......aaaaaaaa........."])
    }

    @Test("Tabs scroll to keep the selected one visible; clicks map to tabs")
    func tabsOverflow() {
        let tabs = Tabs(titles: ["第一页", "第二页", "第三页"], selected: 2)
        let area = Rect(x: 0, y: 0, width: 12, height: 1)
        assertBuffer(rendered(tabs, width: 12, height: 1), equals: ["     第三页 "])
        #expect(tabs.tabIndex(atX: 5, in: area) == 2)
        #expect(tabs.tabIndex(atX: 2, in: area) == nil)
        let wide = Tabs(titles: ["甲", "乙"], selected: 0)
        let wideArea = Rect(x: 5, y: 0, width: 20, height: 1)
        #expect(wide.titleRanges(in: wideArea) == [5..<9, 10..<14])
        #expect(wide.tabIndex(atX: 11, in: wideArea) == 1)
        #expect(wide.tabIndex(atX: 9, in: wideArea) == nil)
    }

    @Test("List marks the selection and cuts long items")
    func list() {
        let list = List(items: ["学习", "Daily quiz", "挑战答题 Challenge"], selected: 1)
        assertBuffer(rendered(list, width: 14, height: 3), equals: ["  学习        ", "› Daily quiz  ", "  挑战答题 Ch…"])
    }

    @Test("List scrolls to the selection")
    func listScrolling() {
        let items = (1...20).map { Line("第\($0)项") }
        let list = List(items: items, selected: 15)
        assertBuffer(rendered(list, width: 8, height: 2), equals: ["  第15项", "› 第16项"])
    }

    @Test("Status bar drops whole hints that do not fit and right-aligns its text")
    func statusBar() {
        let bar = StatusBar(hints: [KeyHint("q", "退出"), KeyHint("?", "帮助"), KeyHint("/", "搜索")], trailingText: "实时")
        assertBuffer(rendered(bar, width: 24, height: 1), equals: ["  q 退出  ? 帮助   实时 "])
        assertBuffer(rendered(bar, width: 32, height: 1), equals: ["  q 退出  ? 帮助  / 搜索   实时 "])
    }

    @Test("Status bar keys use footer.key, the rest footer")
    func statusBarStyles() {
        let theme = Theme.default
        let buffer = rendered(StatusBar(hints: [KeyHint("q", "退出")], theme: theme), width: 10, height: 1)
        assertLines(
            buffer.styleLines {
                $0.attributes.contains(.bold) ? "k" : ($0.background == theme[.footer].background ? "f" : ".")
            }, equals: ["fkkkffffff"])
    }
}
