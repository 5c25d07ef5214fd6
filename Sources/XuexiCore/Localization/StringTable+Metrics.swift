extension StringTable {
    static let metricStrings: [String: Entry] = [:]
}
