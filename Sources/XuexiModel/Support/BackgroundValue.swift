import Foundation

/// A value computed on another thread; `value()` waits for it.
package final class BackgroundValue<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, Error>?

    package init(_ work: @escaping @Sendable () throws -> T) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Result { try work() }
            done.signal()
        }
    }

    package func value() throws -> T {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
