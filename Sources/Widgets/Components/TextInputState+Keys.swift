extension TextInputState {
    /// Line editing for every one-line field (gallery, dashboard search and notes): typing,
    /// Backspace/Delete, arrows, Home/End, Ctrl-A/E/U/W. False for keys it does not use, so
    /// the caller can give them another meaning (Enter, Esc, Tab…).
    public mutating func edit(with key: Key) -> Bool {
        switch key {
        case .character(let character): insert(String(character))
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .ctrl("a"): moveToStart()
        case .end, .ctrl("e"): moveToEnd()
        case .ctrl("u"): deleteToStart()
        case .ctrl("w"): deleteWordBackward()
        default: return false
        }
        return true
    }
}
