import Testing

@testable import XuexiCore
@testable import XuexiModel

/// The directory the store fills and every figure reads: registration and roster moves.
@Suite("Model: learner directory")
struct LearnerDirectoryTests {
    @Test func registrationNeedsActivationAndADateOnOrBeforeTheDay() {
        var directory = LearnerDirectory(maxId: 3)
        directory.add(id: 1, orgIndex: 0, registeredOn: 100, activated: true, isParty: true)
        directory.add(id: 2, orgIndex: 0, registeredOn: nil, activated: true, isParty: false)
        directory.add(id: 3, orgIndex: 1, registeredOn: 50, activated: false, isParty: false)
        #expect(directory.count == 3 && directory.maxId == 3)
        #expect(!directory.isRegistered(1, on: 99) && directory.isRegistered(1, on: 100))
        #expect(directory.isRegistered(2, on: -10_000))
        #expect(!directory.isRegistered(3, on: 200))
        #expect(directory.isParty[1] && !directory.isParty[2])
    }

    @Test func movesPlaceALearnerWhereTheyWereOnEachDay() {
        var directory = LearnerDirectory(maxId: 2)
        directory.add(id: 1, orgIndex: 2, registeredOn: nil, activated: true, isParty: false)
        directory.add(id: 2, orgIndex: 1, registeredOn: nil, activated: true, isParty: false)
        directory.addMove(id: 1, from: 10, orgIndex: 0)
        directory.addMove(id: 1, from: 20, orgIndex: 2)
        // Moves are periods (from a day, in an org): before the first, the first period's org counts.
        #expect(directory.orgIndex(of: 1, on: 5) == 0)
        #expect(directory.orgIndex(of: 1, on: 10) == 0)
        #expect(directory.orgIndex(of: 1, on: 19) == 0)
        #expect(directory.orgIndex(of: 1, on: 20) == 2)
        #expect(directory.orgIndex(of: 2, on: 5) == 1)
        #expect(directory.hasMoves[1] && !directory.hasMoves[2])
    }
}
