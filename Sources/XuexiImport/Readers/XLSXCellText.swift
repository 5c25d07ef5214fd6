import Foundation
import XuexiModel

/// Turns stored cell values into the text a person sees in the spreadsheet, as far as
/// importers care: whole numbers without ".0", dates as ISO text.
enum XLSXCellText {
    /// `40` stays `40`; `6429.0` and `1.8448557085E10` become whole numbers; other values keep
    /// the stored text (which is already the shortest exact decimal).
    static func number(_ stored: String) -> String {
        var digitsOnly = !stored.isEmpty
        for (offset, byte) in stored.utf8.enumerated() {
            if !(byte >= 0x30 && byte <= 0x39) && !(offset == 0 && byte == 0x2D && stored.utf8.count > 1) {
                digitsOnly = false
                break
            }
        }
        if digitsOnly { return stored }
        guard let value = Double(stored), value.isFinite else { return stored }
        if value == value.rounded(), abs(value) < 9.007_199_254_740_992e15 {
            return String(Int64(value))
        }
        return stored
    }

    /// A date serial in the workbook's date system, shown for the style's kind. The 1900
    /// system keeps Lotus's phantom 1900-02-29 (serial 60) so later serials land right.
    static func date(_ stored: String, kind: XLSXStyles.Kind, uses1904: Bool) -> String {
        guard let serial = Double(stored), serial.isFinite, serial >= 0, serial < 2_958_466 else {
            return number(stored)
        }
        var days = serial.rounded(.down)
        var seconds = ((serial - days) * 86_400).rounded()
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        let time = clock(Int(seconds))
        if kind == .time {
            // Elapsed times past a day ([h]:mm) count hours on.
            if days == 0 { return time }
            let total = Int(days) * 86_400 + Int(seconds)
            return clock(total)
        }
        let day: String
        if uses1904 {
            day = civil(daysSinceEpoch: Int(days) + daysFrom1970(1904, 1, 1))
        } else if days == 60 {
            day = "1900-02-29"
        } else if days < 60 {
            day = civil(daysSinceEpoch: Int(days) + daysFrom1970(1899, 12, 31))
        } else {
            day = civil(daysSinceEpoch: Int(days) + daysFrom1970(1899, 12, 30))
        }
        if kind == .dateTime && seconds > 0 { return "\(day) \(time)" }
        return day
    }

    private static func clock(_ seconds: Int) -> String {
        let h = seconds / 3600
        let m = seconds / 60 % 60
        let s = seconds % 60
        return "\(h < 10 ? "0" : "")\(h):\(pad2(m)):\(pad2(s))"
    }

    private static func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Days from 1970-01-01 to a proleptic Gregorian date (the domain's own `Day` arithmetic).
    static func daysFrom1970(_ year: Int, _ month: Int, _ day: Int) -> Int {
        Day(year: year, month: month, day: day).number
    }

    /// `YYYY-MM-DD` for a day count from 1970-01-01.
    static func civil(daysSinceEpoch: Int) -> String {
        Day(number: daysSinceEpoch).iso
    }
}
