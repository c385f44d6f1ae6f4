import Foundation

/// Two profiles someone said are not the same person: never suggested again, until un-ignored.
public struct IgnoredPair: Hashable, Sendable, Codable {
    public var firstID: CustomerID
    public var secondID: CustomerID
    public var firstName: String
    public var secondName: String
    public var ignoredAt: Date

    public init(firstID: CustomerID, secondID: CustomerID, firstName: String, secondName: String, ignoredAt: Date) {
        self.firstID = firstID
        self.secondID = secondID
        self.firstName = firstName
        self.secondName = secondName
        self.ignoredAt = ignoredAt
    }
}
