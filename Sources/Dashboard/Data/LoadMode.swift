/// Where the dashboard computes figures. The interactive loop loads in the background so a
/// slow query (a city-wide member heatmap) never freezes the keys; snapshots, tests and key
/// measurements load inline so a frame is complete and its cost is counted.
public enum LoadMode: Sendable {
    case inline
    case background
}
