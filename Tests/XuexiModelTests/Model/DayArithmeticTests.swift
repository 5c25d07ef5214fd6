import Testing

@testable import XuexiCore
@testable import XuexiModel

/// Days, ISO weeks and months are integer arithmetic (no Calendar): these pin the edges
/// (leap years, year ends, ISO weeks that straddle a year) against known calendar facts.
@Suite struct DayArithmeticTests {
    @Test func civilDatesRoundTripAcrossFourCenturies() {
        var day = Day(year: 1900, month: 1, day: 1)
        let end = Day(year: 2300, month: 12, day: 31)
        var previous = day.components
        while day < end {
            day = day.adding(1)
            let parts = day.components
            #expect(Day(year: parts.year, month: parts.month, day: parts.day) == day)
            let nextInMonth = parts.day == previous.day + 1 && parts.month == previous.month
            let newMonth = parts.day == 1 && previous.day == Day.daysIn(year: previous.year, month: previous.month)
            #expect(nextInMonth || newMonth)
            previous = parts
        }
    }

    @Test func epochAndKnownWeekdays() {
        #expect(Day(year: 1970, month: 1, day: 1).number == 0)
        #expect(Day(year: 1970, month: 1, day: 1).weekday == 4)  // Thursday
        #expect(Day(year: 2026, month: 11, day: 20).weekday == 5)  // Friday
        #expect(Day(year: 2026, month: 11, day: 22).weekday == 7)  // Sunday
        #expect(Day(year: 1969, month: 12, day: 29).weekday == 1)  // Monday before the epoch
    }

    @Test(arguments: [
        (2024, 2, 29), (2000, 2, 29), (2026, 2, 28), (2026, 4, 30), (2026, 12, 31),
    ])
    func lastDaysOfMonthsAreValid(year: Int, month: Int, day: Int) {
        #expect(Day(iso: String(format: "%04d-%02d-%02d", year, month, day)) != nil)
        #expect(Day.daysIn(year: year, month: month) == day)
    }

    @Test(arguments: ["2026-02-29", "1900-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "26-11-20", "2026-11", ""])
    func impossibleOrMalformedDatesAreRefused(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func isoParsingAcceptsTheFormsOfficesWrite() {
        let expected = Day(year: 2026, month: 11, day: 20)
        #expect(Day(iso: "2026-11-20") == expected)
        #expect(Day(iso: "2026/11/20") == expected)
        #expect(Day(iso: "2026.11.20") == expected)
        #expect(Day(iso: "20261120") == expected)
        #expect(Day(iso: " 2026-11-20 ") == expected)
        #expect(expected.iso == "2026-11-20")
    }

    @Test func isoWeeksStartOnMondayAndStraddleYearEnds() {
        // 2026-01-01 is a Thursday: its ISO week runs Mon 2025-12-29 … Sun 2026-01-04.
        let newYear = Day(year: 2026, month: 1, day: 1)
        #expect(newYear.startOfWeek == Day(year: 2025, month: 12, day: 29))
        #expect(newYear.endOfWeek == Day(year: 2026, month: 1, day: 4))
        let sunday = Day(year: 2026, month: 11, day: 22)
        #expect(sunday.startOfWeek == Day(year: 2026, month: 11, day: 16))
        #expect(Day(year: 2026, month: 11, day: 16).startOfWeek == Day(year: 2026, month: 11, day: 16))
    }

    @Test func monthsAndMonthIndex() {
        let leap = Day(year: 2024, month: 2, day: 10)
        #expect(leap.startOfMonth == Day(year: 2024, month: 2, day: 1))
        #expect(leap.endOfMonth == Day(year: 2024, month: 2, day: 29))
        #expect(Day(year: 2026, month: 12, day: 31).monthIndex + 1 == Day(year: 2027, month: 1, day: 1).monthIndex)
    }

    @Test func periodsAndTheirPredecessors() {
        let friday = Day(year: 2026, month: 11, day: 20)
        let week = Period(kind: .week, containing: friday)
        #expect(week.first == Day(year: 2026, month: 11, day: 16) && week.last == Day(year: 2026, month: 11, day: 22))
        #expect(week.previous.first == Day(year: 2026, month: 11, day: 9))
        let march = Period(kind: .month, containing: Day(year: 2024, month: 3, day: 15))
        #expect(march.previous.first == Day(year: 2024, month: 2, day: 1))
        #expect(march.previous.last == Day(year: 2024, month: 2, day: 29))
        let last7 = Period(kind: .last7, containing: friday)
        #expect(
            last7.first == Day(year: 2026, month: 11, day: 14)
                && last7.previous.last == Day(year: 2026, month: 11, day: 13))
        #expect(Period.day(friday).description == "2026-11-20")
    }

    @Test func fileNamesCarryTheirDay() {
        #expect(Day.fromFileName("points-2026-11-20.csv") == Day(year: 2026, month: 11, day: 20))
        #expect(Day.fromFileName("2026-13-20.csv") == nil)
        #expect(Day.fromFileName("roster.csv") == nil)
    }
}
