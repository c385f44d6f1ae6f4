import Foundation

/// The import was cancelled from its progress callback; nothing of it was written.
public struct ImportCancelled: Error, Equatable {
    public init() {}
}
