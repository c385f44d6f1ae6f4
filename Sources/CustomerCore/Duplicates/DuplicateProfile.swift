import Foundation

/// One profile of a cluster with the counts of what it holds (the review shows them side by side).
public struct DuplicateProfile: Hashable, Sendable {
    public var customer: Customer
    public var notes: Int
    public var documents: Int
    public var bookings: Int
    public var payments: Int
    public var messages: Int
    public var cards: Int
    /// nil when not enrolled in loyalty.
    public var loyaltyPoints: Int?
    /// The groups' names, comma separated.
    public var groups: String

    public init(customer: Customer, notes: Int, documents: Int, bookings: Int, payments: Int, messages: Int, cards: Int,
                loyaltyPoints: Int?, groups: String) {
        self.customer = customer
        self.notes = notes
        self.documents = documents
        self.bookings = bookings
        self.payments = payments
        self.messages = messages
        self.cards = cards
        self.loyaltyPoints = loyaltyPoints
        self.groups = groups
    }
}
