import ArgumentParser
import Foundation
import TerminalKit
import Widgets
import XuexiCore
import XuexiModel

/// `xuexi-dash gallery`: every widget on one screen, to check themes and terminals by eye.
/// The drawing is `WidgetGallery`'s; this command owns the terminal and turns keys into
/// `GalleryState` changes.
struct GalleryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gallery", abstract: "Show every widget (widget gallery)")

    @Option(name: .long, help: "Theme name (e.g. dark) or path to a .theme file.")
    var theme: String?

    @Option(name: .long, help: "Colours to use: none, 8, 256 or truecolor (default: detect from NO_COLOR, COLORTERM, TERM).")
    var colors: String?

    @Flag(name: .long, help: "Start with mouse reporting off (select text to copy as usual).")
    var noMouse = false

    @Option(name: .long, help: "Language of the labels: zh or en.")
    var lang: String?

    /// How long a toast stays on screen.
    private static let toastMilliseconds = 2_500

    func validate() throws {
        if let colors, ColorMode(argument: colors) == nil {
            throw ValidationError("--colors must be none, 8, 256 or truecolor, not '\(colors)'")
        }
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang must be zh or en, not '\(lang)'")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = Language.resolve(lang, environment: environment)
        let options = TerminalOptions(colorMode: colors.flatMap(ColorMode.init(argument:)), mouseEnabled: !noMouse, environment: environment)
        let themeProblem = try TerminalSession.withTerminal(options: options) { terminal in
            runLoop(terminal: terminal, language: language == .zh ? .chinese : .english, environment: environment)
        }
        if let themeProblem {
            FileHandle.standardError.write(Data("xuexi-dash: theme: \(themeProblem); used the default theme\n".utf8))
        }
    }

    /// Draws, sleeps until input (or until a toast expires), applies the input; returns the
    /// theme error shown at start, if any, to repeat it on the normal screen after exit.
    private func runLoop(terminal: TerminalSession, language: GalleryLanguage, environment: [String: String]) -> ThemeError? {
        let loader = ThemeLoader.standard(environment: environment)
        let themeNames = loader.availableThemeNames()
        let requested = theme ?? (terminal.colorDepth == .monochrome ? ThemeLoader.monochromeThemeName : ThemeLoader.defaultThemeName)
        let (initialTheme, startupError) = loader.loadOrDefault(nameOrPath: requested)
        var currentTheme = initialTheme
        var state = GalleryState(language: language)
        if let startupError { state.toast = (startupError.shortDescription, .error) }
        var toastDeadline = state.toast.map { _ in MonotonicDeadline(millisecondsFromNow: Self.toastMilliseconds * 2) }

        while true {
            let size = terminal.size
            var buffer = ScreenBuffer(width: size.columns, height: size.rows)
            let gallery = WidgetGallery(state: state, theme: currentTheme.with(glyphs: terminal.glyphs), statusText: statusText(terminal: terminal, language: state.language))
            let hitMap = gallery.render(into: &buffer)
            state.adoptScrollOffsets(from: hitMap)
            terminal.present(buffer, cursor: gallery.textCursor(columns: size.columns, rows: size.rows))

            let event = terminal.nextEvent(timeoutMilliseconds: toastDeadline?.remainingMilliseconds())
            if let deadline = toastDeadline, deadline.remainingMilliseconds() == 0 {
                state.toast = nil
                toastDeadline = nil
            }
            guard let event else { continue }

            let toastBefore = state.toast?.message
            let pageCount = WidgetGallery.pages(columns: size.columns, rows: size.rows).count
            if case .none = state.overlay {
                switch handle(event, state: &state, hitMap: hitMap, pageCount: pageCount, terminal: terminal) {
                case .quit:
                    return startupError
                case .nextTheme:
                    currentTheme = nextTheme(after: currentTheme, names: themeNames, loader: loader, state: &state)
                case .none:
                    break
                }
            } else if case .key(let key) = event {
                handleOverlayKey(key, state: &state)
            }
            if let message = state.toast?.message, message != toastBefore {
                toastDeadline = MonotonicDeadline(millisecondsFromNow: Self.toastMilliseconds)
            }
        }
    }

    private enum Outcome {
        case none
        case quit
        case nextTheme
    }

    /// Keys and mouse on the gallery itself (no dialog open).
    private func handle(_ event: InputEvent, state: inout GalleryState, hitMap: GalleryHitMap, pageCount: Int, terminal: TerminalSession) -> Outcome {
        switch event {
        case .resize:
            state.page = min(state.page, pageCount - 1)
        case .mouse(.click(let x, let y, _)):
            switch hitMap.target(x: x, y: y) {
            case .page(let page): state.page = page
            case .treeRow(let row):
                state.focusedPane = .tree
                if state.treeSelection == row { state.toggleSelectedTreeNode() }
                state.treeSelection = row
            case .tableRow(let row):
                state.focusedPane = .table
                state.tableSelection = row
            case .listRow(let row): state.listSelection = row
            case nil: break
            }
        case .mouse(.wheelUp): state.moveSelection(by: -3)
        case .mouse(.wheelDown): state.moveSelection(by: 3)
        case .key(let key):
            switch key {
            case .character("q"), .escape: return .quit
            case .tab, .right, .character("l"): state.nextPage(pageCount: pageCount)
            case .backTab, .left, .character("h"): state.previousPage(pageCount: pageCount)
            case .down, .character("j"): state.moveSelection(by: 1)
            case .up, .character("k"): state.moveSelection(by: -1)
            case .pageDown: state.moveSelection(by: 10)
            case .pageUp: state.moveSelection(by: -10)
            case .home: state.moveSelection(by: -1_000)
            case .end: state.moveSelection(by: 1_000)
            case .character("f"): state.toggleFocusedPane()
            case .enter, .character(" "):
                state.focusedPane = .tree
                state.toggleSelectedTreeNode()
            case .character("t"): return .nextTheme
            case .character("?"), .function(1): state.overlay = .help
            case .character("/"): state.overlay = .textInput(TextInputState())
            case .character("c"): state.overlay = .confirm(confirmFocused: false)
            case .character("L"): state.toggleLanguage()
            case .character("M"), .character("m"): terminal.setMouse(enabled: !terminal.isMouseEnabled)
            default: break
            }
        }
        return .none
    }

    /// Keys while a dialog is open: the dialog takes them all, Esc closes it.
    private func handleOverlayKey(_ key: KeyEvent, state: inout GalleryState) {
        let chinese = state.language == .chinese
        switch state.overlay {
        case .none:
            return
        case .help:
            if key == .escape || key == .character("?") || key == .character("q") || key == .enter { state.overlay = .none }
        case .textInput(var input):
            switch key {
            case .escape:
                state.overlay = .none
                return
            case .enter:
                state.overlay = .none
                state.toast = ((chinese ? "输入：" : "Input: ") + input.text, .info)
                return
            case .character(let character): input.insert(String(character))
            case .backspace: input.deleteBackward()
            case .delete: input.deleteForward()
            case .left: input.moveLeft()
            case .right: input.moveRight()
            case .home, .ctrl("a"): input.moveToStart()
            case .end, .ctrl("e"): input.moveToEnd()
            case .ctrl("u"): input.deleteToStart()
            case .ctrl("w"): input.deleteWordBackward()
            default: break
            }
            state.overlay = .textInput(input)
        case .confirm(let confirmFocused):
            switch key {
            case .escape, .character("n"):
                state.overlay = .none
            case .left, .right, .tab, .backTab, .character("h"), .character("l"):
                state.overlay = .confirm(confirmFocused: !confirmFocused)
            case .character("y"), .enter:
                let confirmed = key == .character("y") || confirmFocused
                state.overlay = .none
                state.toast = (confirmed ? (chinese ? "已确认" : "Confirmed") : (chinese ? "已取消" : "Cancelled"), .info)
            default:
                break
            }
        }
    }

    /// Loads the theme after `current` in `names`; on a broken file keeps the default and
    /// says why in a toast.
    private func nextTheme(after current: Theme, names: [String], loader: ThemeLoader, state: inout GalleryState) -> Theme {
        let index = names.firstIndex(of: current.name) ?? -1
        let loaded = loader.loadOrDefault(nameOrPath: names[(index + 1) % names.count])
        if let error = loaded.error {
            state.toast = (error.shortDescription, .error)
        } else {
            state.toast = ((state.language == .chinese ? "主题：" : "Theme: ") + loaded.theme.displayName, .info)
        }
        return loaded.theme
    }

    private func statusText(terminal: TerminalSession, language: GalleryLanguage) -> String {
        let chinese = language == .chinese
        let depth = terminal.colorDepth == .monochrome ? (chinese ? "无色" : "no colour") : "\(terminal.colorDepth)" + (chinese ? "色" : " colours")
        let mouse = terminal.isMouseEnabled ? (chinese ? "鼠标开" : "mouse on") : (chinese ? "鼠标关" : "mouse off")
        return "\(depth)·\(mouse)"
    }
}
