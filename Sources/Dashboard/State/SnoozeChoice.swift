/// The snooze lengths the `z` dialog offers.
public enum SnoozeChoice: Int, Sendable, CaseIterable {
    case oneDay = 1
    case threeDays = 3
    case oneWeek = 7
}
