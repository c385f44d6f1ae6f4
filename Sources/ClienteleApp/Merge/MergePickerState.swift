import CustomerCore
import TerminalCore

/// The manual merge picker (`m` on a card): search any other profile and pick it. The card's
/// customer is the default survivor.
public struct MergePickerState: Equatable, Sendable {
    public var customerID: CustomerID
    public var customerName: String
    public var search = TextField(maxLength: 200)
    /// Matches of the current search, never the card's own profile.
    public var results: [DirectoryRow] = []
    public var selected = 0
    /// The newest search asked for: an answer to an older one is dropped.
    public var requestID = 0
    /// A plan was asked for; waiting for the merge review to open.
    public var isProposing = false

    public init(customerID: CustomerID, customerName: String) {
        self.customerID = customerID
        self.customerName = customerName
    }

    public var selectedRow: DirectoryRow? { results.indices.contains(selected) ? results[selected] : nil }
}
