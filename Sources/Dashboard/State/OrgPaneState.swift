/// The org tree's selection, scroll, expansion, sort and filter. Selection is kept by org
/// code, so it survives refreshes, sorting and filtering.
public struct OrgPaneState: Sendable {
    /// By org code.
    public var selection = ListSelection()
    public var expanded: Set<String> = []
    /// Roots are expanded once, on the first frame with data; afterwards the user decides.
    public var expansionInitialized = false
    public var sort = OrgSortKey.tree
    public var ascending = true
    public var filter = OrgFilter.all

    public init() {}
}
