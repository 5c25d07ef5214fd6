import Foundation
import Widgets
import XuexiCore
import XuexiModel
import XuexiStore

/// The top row: the app, the breadcrumb (scope › branch › learner), and on the right the
/// day shown with its period, the last import and its age, the live marker and the clock.
/// Segments give way from the right when the row is narrow; the breadcrumb is cut from the
/// left so its innermost, most specific part stays visible.
struct HeaderPane: StatefulPane {
    var breadcrumb: [String]
    var day: Day?
    var period: DashboardPeriod
    /// `--from`/`--to`: named instead of the period.
    var range: Period? = nil
    var lastImport: Date?
    var isLive: Bool
    var isRefreshing: Bool
    var access = StoreAccess.readWrite

    func render(in area: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        guard !area.isEmpty else { return }
        let style = context.theme[.header]
        let text = context.text
        buffer.fill(area, style: style)

        // Right-hand segments, most important first; later ones are dropped when space is short.
        var segments: [(full: String, short: String)] = []
        if let day {
            segments.append(
                (
                    "\(text.date(day)) · \(text.periodName(period, range: range))",
                    "\(text.shortDate(day)) \(text.periodName(period, range: range))"
                ))
        }
        let clock = text.clock(context.now, timeZone: context.timeZone)
        var live = isLive ? text(DashText.headerLive) : text(DashText.headerHistory)
        var short = live
        if access.isReadOnly {
            // Immutable: other processes' imports are not seen, so never "live".
            let readOnly = text(access.liveRefresh ? DashText.headerReadOnly : DashText.headerReadOnlyFrozen)
            live = isLive && !access.liveRefresh ? "○ " + readOnly : live + " · " + readOnly
            short = text(DashText.headerReadOnly)
        }
        segments.append((live + (isRefreshing ? " ⟳" : ""), short))
        if let lastImport {
            let age = text.age(of: lastImport, now: context.now)
            segments.append(
                (
                    text(DashText.headerImported, text.clock(lastImport, timeZone: context.timeZone), age),
                    text(DashText.headerImportedShort, age)
                ))
        } else {
            segments.append((text(DashText.headerNoImport), text(DashText.headerNoImport)))
        }
        segments.append((clock, clock))

        let title = " " + text(DashText.title) + " "
        let titleWidth = DisplayWidth.of(title)
        let crumbText = breadcrumb.joined(separator: " › ")
        let minimumCrumb = min(DisplayWidth.of(crumbText), 18)
        let separator = " │ "
        func joined(_ parts: [String]) -> String { parts.joined(separator: separator) + " " }
        // Order on screen: day, live, import, clock; try full forms, then short, then drop from the middle.
        var candidates: [[String]] = [segments.map(\.full), segments.map(\.short)]
        var shortened = segments.map(\.short)
        while shortened.count > 1 {
            shortened.remove(at: shortened.count - 2)
            candidates.append(shortened)
        }
        var right = ""
        for candidate in candidates {
            let text = joined(candidate)
            if titleWidth + minimumCrumb + DisplayWidth.of(text) <= area.width {
                right = text
                break
            }
        }
        let rightWidth = DisplayWidth.of(right)
        buffer.write(right, x: area.right - rightWidth, y: area.y, maxWidth: rightWidth, style: style)
        buffer.write(title, x: area.x, y: area.y, maxWidth: area.width, style: style.adding(.bold))
        let crumbSpace = area.width - titleWidth - rightWidth - 1
        guard crumbSpace > 1 else { return }
        let crumb = HeaderPane.fitFromLeft(crumbText, width: crumbSpace)
        buffer.write(crumb, x: area.x + titleWidth, y: area.y, maxWidth: crumbSpace, style: style)
    }

    /// `text` cut to `width` columns by dropping its beginning ("…第一党支部 › 张伟").
    static func fitFromLeft(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 1 else { return "" }
        var kept: [Character] = []
        var used = 1
        for character in text.reversed() {
            let characterWidth = DisplayWidth.of(character: character)
            if used + characterWidth > width { break }
            kept.append(character)
            used += characterWidth
        }
        return "…" + String(kept.reversed())
    }
}
