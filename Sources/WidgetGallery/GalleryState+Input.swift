import Widgets

/// What a key asks of the program around the gallery (the state change is already made).
public enum GalleryRequest: Sendable, Hashable {
    case none
    case quit
    case nextTheme
    case toggleMouse
}

extension GalleryState {
    /// A key on the gallery: a dialog, when one is open, takes every key (Esc closes it).
    public mutating func handle(_ key: Key, pageCount: Int) -> GalleryRequest {
        if case .none = overlay { return handlePageKey(key, pageCount: pageCount) }
        handleOverlayKey(key)
        return .none
    }

    /// A click on the gallery (ignored while a dialog is open).
    public mutating func click(_ target: GalleryClickTarget?) {
        guard case .none = overlay else { return }
        switch target {
        case .page(let page): self.page = page
        case .treeRow(let row):
            focusedPane = .tree
            if treeSelection == row { toggleSelectedTreeNode() }
            treeSelection = row
        case .tableRow(let row):
            focusedPane = .table
            tableSelection = row
        case .listRow(let row): listSelection = row
        case nil: break
        }
    }

    /// The mouse wheel moves the selection three rows (ignored while a dialog is open).
    public mutating func wheel(down: Bool) {
        guard case .none = overlay else { return }
        moveSelection(by: down ? 3 : -3)
    }

    private mutating func handlePageKey(_ key: Key, pageCount: Int) -> GalleryRequest {
        switch key {
        case .character("q"), .escape: return .quit
        case .tab, .right, .character("l"): nextPage(pageCount: pageCount)
        case .backTab, .left, .character("h"): previousPage(pageCount: pageCount)
        case .down, .character("j"): moveSelection(by: 1)
        case .up, .character("k"): moveSelection(by: -1)
        case .pageDown: moveSelection(by: 10)
        case .pageUp: moveSelection(by: -10)
        case .home: moveSelection(by: -1_000)
        case .end: moveSelection(by: 1_000)
        case .character("f"): toggleFocusedPane()
        case .enter, .character(" "):
            focusedPane = .tree
            toggleSelectedTreeNode()
        case .character("t"): return .nextTheme
        case .character("?"), .function(1): overlay = .help
        case .character("/"): overlay = .textInput(TextInputState())
        case .character("c"): overlay = .confirm(confirmFocused: false)
        case .character("L"): toggleLanguage()
        case .character("M"), .character("m"): return .toggleMouse
        default: break
        }
        return .none
    }

    private mutating func handleOverlayKey(_ key: Key) {
        switch overlay {
        case .none:
            return
        case .help:
            if key == .escape || key == .character("?") || key == .character("q") || key == .enter { overlay = .none }
        case .textInput(var input):
            switch key {
            case .escape:
                overlay = .none
            case .enter:
                overlay = .none
                toast = (language.pick("输入：", "Input: ") + input.text, .info)
            default:
                _ = input.edit(with: key)
                overlay = .textInput(input)
            }
        case .confirm(let confirmFocused):
            switch key {
            case .escape, .character("n"):
                overlay = .none
            case .left, .right, .tab, .backTab, .character("h"), .character("l"):
                overlay = .confirm(confirmFocused: !confirmFocused)
            case .character("y"), .enter:
                let confirmed = key == .character("y") || confirmFocused
                overlay = .none
                let message = confirmed ? language.pick("已确认", "Confirmed") : language.pick("已取消", "Cancelled")
                toast = (message, .info)
            default:
                break
            }
        }
    }
}
