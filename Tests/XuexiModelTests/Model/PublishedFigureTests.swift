import Testing
import XuexiModel

/// Units rank on what the reader sees: two units printed at 76.8% share a rank, and the gap
/// to the unit above is the difference of the printed figures.
struct PublishedFigureTests {
    @Test func ratesThatPrintAlikeRankAlike() {
        // 1,292 of 1,682 and 1,331 of 1,733 differ in the fourth decimal, both print 76.8%.
        let rates = [1_292.0 / 1_682, 1_331.0 / 1_733, 1_309.0 / 1_682]
        let published = rates.map(Ranking.publishedRate)
        #expect(published[0] == published[1])
        #expect(Ranking.competition(unsorted: published) == [2, 2, 1])
        #expect(Ranking.competition(unsorted: rates) != [2, 2, 1], "the raw rates would split the tie")
    }

    @Test func theGapIsTheDifferenceOfThePrintedFigures() {
        // 78.24% and 77.76% print as 78.2% and 77.8%: 0.4 points apart, not 0.48 → "0.5".
        let gap = Ranking.publishedRate(0.7824) - Ranking.publishedRate(0.7776)
        #expect(abs(gap * 100 - 0.4) < 1e-9)
    }

    @Test func roundingIsHalfAwayFromZero() {
        #expect(Ranking.published(0.25, digits: 1) == 0.3)
        #expect(Ranking.published(15.75, digits: 1) == 15.8)
        #expect(Ranking.publishedPoints(16.849) == 16.8)
        #expect(Ranking.published(-0.25, digits: 1) == -0.3)
        #expect(Ranking.published(.infinity, digits: 1) == .infinity)
    }
}
