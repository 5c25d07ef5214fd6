import Testing
import Widgets
import XuexiTestSupport

@Suite("Tree table")
struct TreeTableTests {
    let roots = [
        TreeNode(
            id: "city", cells: ["全市", "9"],
            children: [
                TreeNode(
                    id: "gov", cells: ["机关党委", "5"],
                    children: [
                        TreeNode(id: "gov-1", cells: ["一支部", "3"]),
                        TreeNode(id: "gov-2", cells: ["二支部", "2"]),
                    ]),
                TreeNode(id: "edu", cells: ["教育局", "4"], children: [TreeNode(id: "edu-1", cells: ["实验中学", "4"])]),
            ])
    ]
    let columns = [TableColumn("组织", width: .fill(1)), TableColumn("人", width: .length(2), alignment: .right)]

    @Test("Expanded nodes show their children with guides; collapsed ones a ▸")
    func guides() {
        let tree = TreeTable(columns: columns, roots: roots, expandedIDs: ["city", "gov"])
        assertBuffer(
            rendered(tree, width: 20, height: 6),
            equals: [
                "组织              人",
                "▾ 全市             9",
                "├─▾ 机关党委       5",
                "│ ├── 一支部       3",
                "│ └── 二支部       2",
                "└─▸ 教育局         4",
            ])
    }

    @Test("Deep guides stop drawing │ below a last child")
    func lastChildGuides() {
        let tree = TreeTable(columns: columns, roots: roots, expandedIDs: ["city", "edu"])
        assertBuffer(
            rendered(tree, width: 20, height: 5),
            equals: [
                "组织              人",
                "▾ 全市             9",
                "├─▸ 机关党委       5",
                "└─▾ 教育局         4",
                "  └── 实验中学     4",
            ])
    }

    @Test("Visible rows follow the expanded set and keep ids")
    func visibleRows() {
        let collapsed = TreeTable.visibleRows(roots: roots, expandedIDs: [])
        #expect(collapsed.map(\.id) == ["city"])
        #expect(collapsed[0].hasChildren && !collapsed[0].isExpanded)
        let all = TreeTable.visibleRows(roots: roots, expandedIDs: ["city", "gov", "edu"])
        #expect(all.map(\.id) == ["city", "gov", "gov-1", "gov-2", "edu", "edu-1"])
        #expect(all.map(\.depth) == [0, 1, 2, 2, 1, 2])
    }

    @Test("Narrow columns cut names after the guides, never inside a character")
    func narrow() {
        let tree = TreeTable(columns: columns, roots: roots, expandedIDs: ["city", "gov"])
        let buffer = rendered(tree, width: 11, height: 4)
        assertBuffer(
            buffer,
            equals: [
                "组织     人",
                "▾ 全市    9",
                "├─▾ 机…   5",
                "│ ├── …   3",
            ])
    }

    @Test("ASCII guides")
    func asciiGuides() {
        let tree = TreeTable(
            columns: columns, roots: roots, expandedIDs: ["city", "gov"], theme: Theme.default.with(glyphs: .ascii))
        assertBuffer(
            rendered(tree, width: 20, height: 4),
            equals: [
                "组织              人",
                "v 全市             9",
                "|-v 机关党委       5",
                "| |-- 一支部       3",
            ])
    }
}
