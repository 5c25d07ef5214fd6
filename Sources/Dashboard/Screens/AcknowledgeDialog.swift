import Widgets
import XuexiCore

/// `a`: acknowledge the selected alert with an optional note (Chinese input works).
struct AcknowledgeDialog: StatefulPane {
    var alert: Alert?
    var note: TextInputState

    func render(in screen: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        let text = context.text
        let prompt =
            alert.map {
                "\($0.orgName ?? text(DashText.alertsStore)) · \($0.rule.title(text.language)) · \($0.figureText(text.language))"
            } ?? ""
        TextInputDialog(
            title: text(DashText.ackTitle), prompt: prompt, state: note, placeholder: text(DashText.ackPlaceholder),
            hint: text(DashText.ackHint), theme: context.theme
        ).render(in: screen, buffer: &buffer)
    }
}
