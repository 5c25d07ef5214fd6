extension StringTable {
    package static let metricStrings: [String: Entry] = [:]
}
