import Foundation
import Widgets

/// A short message above the footer that goes away by itself.
public struct ToastMessage: Sendable {
    public var text: String
    public var kind: Toast.Kind
    public var expires: Date

    public init(text: String, kind: Toast.Kind, expires: Date) {
        self.text = text
        self.kind = kind
        self.expires = expires
    }
}
