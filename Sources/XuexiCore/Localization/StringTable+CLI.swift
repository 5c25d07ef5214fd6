extension StringTable {
    static let cliStrings: [String: Entry] = [:]
}
