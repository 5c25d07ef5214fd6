import ArgumentParser
import Foundation
import TerminalKit
import Widgets
import XuexiCore

/// `xuexi-dash gallery`: every widget on one screen, to check themes and terminals by eye.
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

    /// Draws, waits for input, updates the state; returns the theme error shown, if any, so
    /// it can be repeated on the normal screen after exit.
    private func runLoop(terminal: TerminalSession, language: GalleryLanguage, environment: [String: String]) -> ThemeError? {
        let loader = ThemeLoader.standard(environment: environment)
        let themeNames = loader.availableThemeNames()
        let requested = theme ?? (terminal.colorDepth == .monochrome ? ThemeLoader.monochromeThemeName : ThemeLoader.defaultThemeName)
        var (currentTheme, firstError) = loader.loadOrDefault(nameOrPath: requested)
        var state = GalleryState(language: language)
        var toastDeadline: MonotonicDeadline?
        if let firstError {
            state.toast = (firstError.shortDescription, .error)
            toastDeadline = MonotonicDeadline(millisecondsFromNow: Self.toastMilliseconds * 2)
        }
        var hitMap = GalleryHitMap()

        while true {
            let size = terminal.size
            var buffer = ScreenBuffer(width: size.columns, height: size.rows)
            let gallery = WidgetGallery(state: state, theme: currentTheme.with(glyphs: terminal.glyphs), statusText: statusText(terminal: terminal, language: state.language))
            hitMap = gallery.render(into: &buffer)
            state.adoptScrollOffsets(from: hitMap)
            terminal.present(buffer)

            // Sleep until a key arrives, or until the toast should disappear; never spin.
            let event = terminal.nextEvent(timeoutMilliseconds: toastDeadline?.remainingMilliseconds())
            if let deadline = toastDeadline, deadline.remainingMilliseconds() == 0 {
                state.toast = nil
                toastDeadline = nil
            }
            guard let event else { continue }
            let pageCount = WidgetGallery.pages(columns: size.columns, rows: size.rows).count

            switch state.overlay {
            case .help:
                if case .key(let key) = event, key == .escape || key == .character("?") || key == .character("q") || key == .enter {
                    state.overlay = .none
                }
                continue
            case .textInput(var input):
                guard case .key(let key) = event else { continue }
                switch key {
                case .escape: state.overlay = .none; continue
                case .enter:
                    state.overlay = .none
                    state.toast = (state.language == .chinese ? "输入：\(input.text)" : "Input: \(input.text)", .info)
                    toastDeadline = MonotonicDeadline(millisecondsFromNow: Self.toastMilliseconds)
                    continue
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
                continue
            case .confirm(let confirmFocused):
                guard case .key(let key) = event else { continue }
                switch key {
                case .escape: state.overlay = .none
                case .left, .right, .tab, .backTab, .character("h"), .character("l"): state.overlay = .confirm(confirmFocused: !confirmFocused)
                case .character("y"), .enter:
                    let confirmed = key == .character("y") || confirmFocused
                    state.overlay = .none
                    let answer = confirmed ? (state.language == .chinese ? "已确认" : "Confirmed") : (state.language == .chinese ? "已取消" : "Cancelled")
                    state.toast = (answer, .info)
                    toastDeadline = MonotonicDeadline(millisecondsFromNow: Self.toastMilliseconds)
                case .character("n"): state.overlay = .none
                default: break
                }
                continue
            case .none:
                break
            }

            switch event {
            case .resize:
                state.page = min(state.page, pageCount - 1)
            case .mouse(let mouse):
                switch mouse {
                case .click(let x, let y, _):
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
                case .wheelUp: state.moveSelection(by: -3)
                case .wheelDown: state.moveSelection(by: 3)
                }
            case .key(let key):
                switch key {
                case .character("q"), .escape, .ctrl("c"), .ctrl("d"):
                    return firstError
                case .tab, .right, .character("l"):
                    state.nextPage(pageCount: pageCount)
                case .backTab, .left, .character("h"):
                    state.previousPage(pageCount: pageCount)
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
                case .character("t"):
                    let index = themeNames.firstIndex(of: currentTheme.name) ?? -1
                    let next = themeNames[(index + 1) % themeNames.count]
                    let loaded = loader.loadOrDefault(nameOrPath: next)
                    currentTheme = loaded.theme
                    if let error = loaded.error {
                        state.toast = (error.shortDescription, .error)
                    } else {
                        state.toast = ((state.language == .chinese ? "主题：" : "Theme: ") + loaded.theme.displayName, .info)
                    }
                    toastDeadline = MonotonicDeadline(millisecondsFromNow: Self.toastMilliseconds)
                case .character("?"), .function(1): state.overlay = .help
                case .character("/"): state.overlay = .textInput(TextInputState())
                case .character("c"): state.overlay = .confirm(confirmFocused: false)
                case .character("L"): state.toggleLanguage()
                case .character("M"), .character("m"):
                    terminal.setMouse(enabled: !terminal.isMouseEnabled)
                default: break
                }
            }
        }
    }

    private func statusText(terminal: TerminalSession, language: GalleryLanguage) -> String {
        let chinese = language == .chinese
        let depth = terminal.colorDepth == .monochrome ? (chinese ? "无色" : "no colour") : "\(terminal.colorDepth)" + (chinese ? "色" : " colours")
        let mouse = terminal.isMouseEnabled ? (chinese ? "鼠标开" : "mouse on") : (chinese ? "鼠标关" : "mouse off")
        return "\(depth)·\(mouse)"
    }
}
