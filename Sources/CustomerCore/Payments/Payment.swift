import Foundation

/// A payment received or an amount owed (PRODUCT §3 Payments tab).
public struct Payment: Hashable, Sendable, Codable, Identifiable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case paid, due, overdue, refunded

        public var label: String { rawValue.capitalized }
    }

    public var id: Int64?
    public var customerID: CustomerID
    public var amount: Money
    public var status: Status
    /// When it was paid (paid/refunded) or recorded.
    public var date: Date
    public var dueDate: Date?
    public var method: String
    public var reference: String
    /// The booking it pays for ("charge for a past appointment").
    public var bookingID: Int64?
    public var cardID: Int64?

    public init(id: Int64? = nil, customerID: CustomerID, amount: Money, status: Status, date: Date = Date(),
                dueDate: Date? = nil, method: String = "", reference: String = "", bookingID: Int64? = nil, cardID: Int64? = nil) {
        self.id = id
        self.customerID = customerID
        self.amount = amount
        self.status = status
        self.date = date
        self.dueDate = dueDate
        self.method = method
        self.reference = reference
        self.bookingID = bookingID
        self.cardID = cardID
    }

    /// A due payment whose due date has passed is overdue, whatever was stored.
    public func effectiveStatus(at now: Date) -> Status {
        if status == .due, let dueDate, dueDate < now { return .overdue }
        return status
    }

    public func issues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if amount.minorUnits <= 0 { issues.append(ValidationIssue(fieldLabel: "Amount", message: "must be more than zero")) }
        if amount.currency.count != 3 || !amount.currency.allSatisfy({ $0.isASCII && $0.isLetter }) {
            issues.append(ValidationIssue(fieldLabel: "Currency", message: "must be a 3-letter code such as USD or EUR"))
        }
        if (status == .due || status == .overdue) && dueDate == nil {
            issues.append(ValidationIssue(fieldLabel: "Due date", message: "an amount due needs a due date"))
        }
        for (label, text) in [("Method", method), ("Reference", reference)] {
            if let finding = SensitiveDataGuard.scan(text) { issues.append(ValidationIssue(fieldLabel: label, problem: ValidationProblem(finding))) }
        }
        return issues
    }
}
