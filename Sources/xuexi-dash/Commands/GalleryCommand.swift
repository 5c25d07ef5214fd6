import ArgumentParser
import Foundation
import TerminalKit
import WidgetGallery
import Widgets
import XuexiCore

/// `xuexi-dash gallery`: every widget on one screen, to check themes and terminals by eye.
/// The drawing and the key handling are `WidgetGallery`'s (`GalleryState.handle`); this
/// command owns the terminal, the theme files and the loop.
struct GalleryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gallery", abstract: "Show every widget (widget gallery)")

    @OptionGroup var screen: ScreenOptions
    @OptionGroup var languageOptions: LanguageOptions

    /// How long a toast stays on screen.
    private static let toastMilliseconds = 2_500

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language: GalleryLanguage = languageOptions.language == .zh ? .chinese : .english
        let options = TerminalOptions(colorMode: screen.colors, mouseEnabled: !screen.noMouse, environment: environment)
        let themeProblem = try TerminalSession.withTerminal(options: options) { terminal in
            runLoop(terminal: terminal, language: language, environment: environment)
        }
        if let themeProblem {
            FileHandle.standardError.write(Data("xuexi-dash: theme: \(themeProblem); used the default theme\n".utf8))
        }
    }

    /// Draws, sleeps until input (or until a toast expires), applies the input; returns the
    /// theme error shown at start, if any, to repeat it on the normal screen after exit.
    private func runLoop(terminal: TerminalSession, language: GalleryLanguage, environment: [String: String])
        -> ThemeError?
    {
        let loader = AppThemes.loader(environment: environment)
        let themeNames = loader.availableThemeNames()
        let fallback = terminal.colorDepth == .monochrome ? AppThemes.monochromeThemeName : AppThemes.defaultThemeName
        let (initialTheme, startupError) = loader.loadOrDefault(nameOrPath: screen.theme?.value ?? fallback)
        var currentTheme = initialTheme
        var state = GalleryState(language: language)
        if let startupError { state.toast = (startupError.shortDescription, .error) }
        var toastDeadline = state.toast.map { _ in MonotonicDeadline(millisecondsFromNow: Self.toastMilliseconds * 2) }

        while true {
            let size = terminal.size
            var buffer = ScreenBuffer(width: size.columns, height: size.rows)
            let gallery = WidgetGallery(
                state: state, theme: currentTheme.with(glyphs: terminal.glyphs),
                statusText: statusText(terminal: terminal, language: state.language))
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
            switch apply(event, to: &state, hitMap: hitMap, pageCount: pageCount) {
            case .quit:
                return startupError
            case .nextTheme:
                currentTheme = nextTheme(after: currentTheme, names: themeNames, loader: loader, state: &state)
            case .toggleMouse:
                terminal.setMouse(enabled: !terminal.isMouseEnabled)
            case .none:
                if event == .hangUp { terminal.exitAfterHangUp() }
            }
            if let message = state.toast?.message, message != toastBefore {
                toastDeadline = MonotonicDeadline(millisecondsFromNow: Self.toastMilliseconds)
            }
        }
    }

    /// Turns a terminal event into a gallery change; what the state cannot do itself (quit,
    /// themes, the mouse) comes back as a request.
    private func apply(_ event: InputEvent, to state: inout GalleryState, hitMap: GalleryHitMap, pageCount: Int)
        -> GalleryRequest
    {
        switch event {
        case .key(let key):
            return state.handle(key, pageCount: pageCount)
        case .resize:
            if case .none = state.overlay { state.page = min(state.page, pageCount - 1) }
        case .mouse(.click(let x, let y, _)):
            state.click(hitMap.target(x: x, y: y))
        case .mouse(.wheelUp):
            state.wheel(down: false)
        case .mouse(.wheelDown):
            state.wheel(down: true)
        case .hangUp:
            break
        }
        return .none
    }

    /// Loads the theme after `current` in `names`; on a broken file keeps the default and
    /// says why in a toast.
    private func nextTheme(after current: Theme, names: [String], loader: ThemeLoader, state: inout GalleryState)
        -> Theme
    {
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
        let depth =
            terminal.colorDepth == .monochrome
            ? (chinese ? "无色" : "no colour") : "\(terminal.colorDepth)" + (chinese ? "色" : " colours")
        let mouse = terminal.isMouseEnabled ? (chinese ? "鼠标开" : "mouse on") : (chinese ? "鼠标关" : "mouse off")
        return "\(depth)·\(mouse)"
    }
}
