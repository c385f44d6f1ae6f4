import Foundation

/// Everything the six tabs of a customer's card show, loaded together (PRODUCT §3).
public struct CustomerCard: Hashable, Sendable {
    public var customer: Customer
    public var groups: [CustomerGroup]
    public var customFields: [CustomFieldDefinition]
    public var customValues: [Int64: CustomFieldValue]
    public var notes: [Note]
    public var attachments: [Attachment]
    public var cards: [CardOnFile]
    public var loyaltyAccount: LoyaltyAccount?
    public var loyaltyEntries: [LoyaltyEntry]
    public var bookings: [Booking]
    public var payments: [Payment]
    public var messages: [ConversationMessage]

    public init(customer: Customer, groups: [CustomerGroup] = [], customFields: [CustomFieldDefinition] = [],
                customValues: [Int64: CustomFieldValue] = [:], notes: [Note] = [], attachments: [Attachment] = [],
                cards: [CardOnFile] = [], loyaltyAccount: LoyaltyAccount? = nil, loyaltyEntries: [LoyaltyEntry] = [],
                bookings: [Booking] = [], payments: [Payment] = [], messages: [ConversationMessage] = []) {
        self.customer = customer
        self.groups = groups
        self.customFields = customFields
        self.customValues = customValues
        self.notes = notes
        self.attachments = attachments
        self.cards = cards
        self.loyaltyAccount = loyaltyAccount
        self.loyaltyEntries = loyaltyEntries
        self.bookings = bookings
        self.payments = payments
        self.messages = messages
    }

    /// The next scheduled appointment from `now`.
    public func nextBooking(after now: Date) -> Booking? {
        bookings.filter { $0.isUpcoming(at: now) }.min { $0.startsAt < $1.startsAt }
    }

    /// Sum of what is overdue at `now`, per currency.
    public func amountOverdue(at now: Date) -> [Money] {
        var totals: [String: Int64] = [:]
        for payment in payments where payment.isOverdue(at: now) {
            totals[payment.amount.currency, default: 0] += payment.amount.minorUnits
        }
        return totals.keys.sorted().map { Money(minorUnits: totals[$0]!, currency: $0) }
    }

    public func dueReminders(at now: Date) -> [Note] {
        notes.filter { $0.reminder?.isDue(at: now) == true }
    }
}
