import Widgets
import XuexiCore
import XuexiModel

/// `z`: how long to silence the selected alert, chosen with ←/→ and Enter.
struct SnoozeDialog: StatefulPane {
    var alert: Alert?
    var choice: SnoozeChoice
    var today: Day

    func until(_ choice: SnoozeChoice) -> Day {
        max(today, alert?.lastSeen ?? today).adding(choice.rawValue)
    }

    func render(in screen: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        let text = context.text
        let theme = context.theme
        let message =
            alert.map { "\($0.orgName ?? text(DashText.alertsStore)) · \($0.rule.title(text.language))" } ?? ""
        let buttons = Line(
            spans: SnoozeChoice.allCases.flatMap { option in
                [
                    Span(
                        "[ " + text(DashText.snoozeOption, option.rawValue) + " ]",
                        style: option == choice ? theme[.buttonActive] : theme[.button]), Span("  "),
                ]
            }.dropLast(), alignment: .center)
        let area = DialogPlacement.area(
            width: max(44, DisplayWidth.of(message) + 6, buttons.width + 6), height: 7, in: screen)
        let modal = Modal(title: text(DashText.snoozeTitle), theme: theme)
        modal.render(in: area, buffer: &buffer)
        let inner = modal.inner(area)
        guard inner.height >= 3 else { return }
        buffer.write(
            Line(message, alignment: .center), x: inner.x, y: inner.y, maxWidth: inner.width, style: modal.style)
        buffer.write(
            Line(text(DashText.snoozeUntil, until(choice).iso), style: theme[.textDim], alignment: .center), x: inner.x,
            y: inner.y + 1, maxWidth: inner.width, style: modal.style)
        buffer.write(buttons, x: inner.x, y: inner.bottom - 1, maxWidth: inner.width, style: modal.style)
    }
}
