import Foundation
import XuexiModel
import XuexiStore

extension Importer {
    /// A points day after today (a mistyped year, a clock set wrong) or more than a year
    /// before anything in the store is refused unless the user says so: either would move
    /// the dashboard's live day or open a gap of hundreds of empty days.
    func checkDayAllowed(_ day: Day, file: PendingFile, _ transaction: ImportTransaction) throws {
        if day > options.today && !options.allowFuture {
            throw ImportProblem(
                file: file.displayName, value: day.iso,
                expected: text(ImportText.expectedNotFuture, options.today.iso))
        }
        if !options.allowOld, let first = try transaction.firstDataDay(), day.number < first.number - 365 {
            throw ImportProblem(
                file: file.displayName, value: day.iso, expected: text(ImportText.expectedNotOld, first.iso))
        }
    }
}
