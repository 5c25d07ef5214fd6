/// Anything that draws itself into a rectangle of a `ScreenBuffer`. Widgets are values that
/// describe one frame; they never touch the terminal and keep no state between frames
/// (selection, scroll position and expansion belong to the caller).
public protocol Widget {
    /// Draws into `area`, clipped to the buffer; an empty area draws nothing.
    func render(in area: Rect, buffer: inout ScreenBuffer)
}
