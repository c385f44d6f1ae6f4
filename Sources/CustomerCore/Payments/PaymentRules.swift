import Foundation

extension Payment {
    /// How a payment was made (the command line's and the form's words).
    public enum Method: String, CaseIterable, Sendable {
        case cash, card, transfer, other
    }

    /// The one overdue rule, which the card's Main tab, the Payments tab and the directory's overdue
    /// filter all use: an amount due whose due date has passed (or one stored as overdue).
    public func isOverdue(at now: Date) -> Bool { effectiveStatus(at: now) == .overdue }

    /// Still owed: due, overdue or not yet.
    public var isOpen: Bool { status == .due || status == .overdue }
}
