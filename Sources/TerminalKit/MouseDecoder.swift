import CNcurses

/// Turns an ncurses mouse report (button state bits and position) into a `MouseEvent`.
/// Presses count as clicks, so a click lands at once instead of after the double-click wait.
public enum MouseDecoder {
    public static func decode(buttonState: mmask_t, x: Int, y: Int) -> MouseEvent? {
        if buttonState & xuexi_button4_pressed() != 0 { return .wheelUp(x: x, y: y) }
        if buttonState & xuexi_button5_pressed() != 0 { return .wheelDown(x: x, y: y) }
        if buttonState & (xuexi_button1_pressed() | xuexi_button1_clicked()) != 0 {
            return .click(x: x, y: y, button: .left)
        }
        if buttonState & (xuexi_button2_pressed() | xuexi_button2_clicked()) != 0 {
            return .click(x: x, y: y, button: .middle)
        }
        if buttonState & (xuexi_button3_pressed() | xuexi_button3_clicked()) != 0 {
            return .click(x: x, y: y, button: .right)
        }
        return nil
    }

    /// The reports to ask ncurses for: presses of the three buttons and both wheel directions.
    static var reportedEvents: mmask_t {
        xuexi_button1_pressed() | xuexi_button2_pressed() | xuexi_button3_pressed()
            | xuexi_button4_pressed() | xuexi_button5_pressed()
    }
}
