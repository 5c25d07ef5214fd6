/// A value the dashboard reads off the input thread: not there yet, there (possibly from
/// before the last import, while the new one loads), or failed (said in the UI language when drawn).
public enum LoadState<Value: Sendable>: Sendable {
    case loading
    /// `isCurrent` is false while a newer version is being computed after a store change:
    /// the pane keeps showing this one, so a refresh never blanks the screen.
    case loaded(Value, isCurrent: Bool)
    case failed(any Error)

    public var value: Value? {
        if case .loaded(let value, _) = self { return value }
        return nil
    }

    public var isLoading: Bool {
        if case .loading = self { return true }
        return false
    }

    func map<Other: Sendable>(_ transform: (Value) -> Other) -> LoadState<Other> {
        switch self {
        case .loading: .loading
        case .loaded(let value, let isCurrent): .loaded(transform(value), isCurrent: isCurrent)
        case .failed(let error): .failed(error)
        }
    }
}
