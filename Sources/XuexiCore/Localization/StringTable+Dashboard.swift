extension StringTable {
    static let dashboardStrings: [String: Entry] = [:]
}
