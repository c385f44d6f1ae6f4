import Foundation

/// What erasing one customer removes (a privacy request): counted before anything goes, so the
/// person at the counter — or the script — is told exactly what will be gone, and again after.
public struct ErasureSummary: Equatable, Sendable {
    /// One kind of thing that goes with the customer, in the order a question names them.
    public enum Part: String, CaseIterable, Sendable {
        case notes, documents
        /// Document content files in the attachments folder that no one else refers to.
        case documentFiles
        case bookings, payments, cards
        /// The loyalty membership (0 or 1) and its activity log.
        case loyaltyMembership, loyaltyEntries
        case conversationMessages
        /// Merges into or out of this profile: their snapshots hold the merged profiles' data, and an
        /// undo could bring it back.
        case mergeRecords
        /// Pairs said not to be duplicates that name this profile.
        case ignoredPairs
        case customValues, groupMemberships
    }

    public var customerID: CustomerID
    /// The profile's display name, for the question and the status line (a value, worded at render time).
    public var customerName: String
    public private(set) var counts: [Part: Int]

    public init(customerID: CustomerID, customerName: String, counts: [Part: Int] = [:]) {
        self.customerID = customerID
        self.customerName = customerName
        self.counts = counts
    }

    public subscript(part: Part) -> Int {
        get { counts[part, default: 0] }
        set { counts[part] = newValue }
    }

    /// The parts that have something, in `Part` order: what a question or a summary line names.
    public var nonEmptyParts: [(part: Part, count: Int)] {
        Part.allCases.compactMap { part in self[part] > 0 ? (part, self[part]) : nil }
    }
}
