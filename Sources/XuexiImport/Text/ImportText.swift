import XuexiModel

/// Text of import problems and summaries (file, line, column, expected).
/// The raw value is the stable id that tests and translators refer to.
public enum ImportText: String, TextKey {
    public static let entries: [ImportText: TextEntry] = table

    case problemLocation = "import.problem.location"
    case problemColumn = "import.problem.column"
    case problemValue = "import.problem.value"
    case problemExpected = "import.problem.expected"
    case problemMore = "import.problem.more"
    case expectedHeader = "import.expected.header"
    case expectedNotFuture = "import.expected.notFuture"
    case expectedNotForeign = "import.expected.notForeign"
    case expectedNotOld = "import.expected.notOld"
    case expectedDataRows = "import.expected.dataRows"
    case expectedKnownHeaders = "import.expected.knownHeaders"
    case expectedColumn = "import.expected.column"
    case expectedPointsColumn = "import.expected.pointsColumn"
    case expectedInteger = "import.expected.integer"
    case expectedDate = "import.expected.date"
    case expectedDateSource = "import.expected.dateSource"
    case expectedRequired = "import.expected.required"
    case expectedUniqueOrg = "import.expected.uniqueOrg"
    case expectedUniqueLearner = "import.expected.uniqueLearner"
    case expectedUniquePoints = "import.expected.uniquePoints"
    case expectedKnownOrg = "import.expected.knownOrg"
    case expectedKnownParent = "import.expected.knownParent"
    case expectedNoCycle = "import.expected.noCycle"
    case expectedKnownLearner = "import.expected.knownLearner"
    case expectedActivation = "import.expected.activation"
    case expectedKnownDepartment = "import.expected.knownDepartment"
    case expectedKnownMember = "import.expected.knownMember"
    case expectedRootOrg = "import.expected.rootOrg"
    case expectedUnambiguousName = "import.expected.unambiguousName"
    case expectedFolderWithExports = "import.expected.folderWithExports"
    case expectedSupportedFile = "import.expected.supportedFile"
    case noteDuplicate = "import.note.duplicate"
    case noteItemColumnIgnored = "import.note.itemColumnIgnored"
    case noteUnknownColumn = "import.note.unknownColumn"
}
