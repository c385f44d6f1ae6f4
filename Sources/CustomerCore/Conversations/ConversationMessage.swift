import Foundation

/// One exchange with the customer, kept forever in the Conversations tab (PRODUCT §3).
public struct ConversationMessage: Hashable, Sendable, Codable, Identifiable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case paymentReminder = "payment_reminder", bookingInvitation = "booking_invitation", paymentReceipt = "payment_receipt", free, received

        public var label: String {
            switch self {
            case .paymentReminder: "Payment reminder"
            case .bookingInvitation: "Booking invitation"
            case .paymentReceipt: "Payment receipt"
            case .free: "Message"
            case .received: "Received"
            }
        }
    }

    /// What became of it: nothing pretends to have been sent. `queued` and `failed` wait in the
    /// outbox; `dropped` was taken out of it unsent (and stays in the history, saying so).
    public enum Delivery: String, CaseIterable, Sendable, Codable {
        case sent, queued, failed, received, dropped

        /// Waiting in the outbox to be sent (again).
        public var isWaiting: Bool { self == .queued || self == .failed }

        public var label: String { rawValue.capitalized }
    }

    public enum Channel: String, CaseIterable, Sendable, Codable {
        case email, sms, inPerson = "in_person", phone
    }

    public var id: Int64?
    public var customerID: CustomerID
    public var kind: Kind
    public var channel: Channel
    public var delivery: Delivery
    public var subject: String
    public var body: String
    public var createdAt: Date
    /// The address it was (or will be) sent to; empty when the profile had none.
    public var recipient: String
    /// The Message-ID header it is sent with, the same on every attempt.
    public var mailID: String
    /// The mail command's words when the last attempt failed (empty otherwise).
    public var failure: String
    /// When it was last handed to the mail command (or an attempt began).
    public var attemptedAt: Date?

    public init(id: Int64? = nil, customerID: CustomerID, kind: Kind, channel: Channel = .email, delivery: Delivery,
                subject: String = "", body: String, createdAt: Date = Date(), recipient: String = "", mailID: String = "",
                failure: String = "", attemptedAt: Date? = nil) {
        self.id = id
        self.customerID = customerID
        self.kind = kind
        self.channel = channel
        self.delivery = delivery
        self.subject = subject
        self.body = body
        self.createdAt = createdAt
        self.recipient = recipient
        self.mailID = mailID
        self.failure = failure
        self.attemptedAt = attemptedAt
    }

    public func issues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            issues.append(ValidationIssue(fieldLabel: "Message", message: "a message cannot be empty"))
        }
        for (label, text) in [("Subject", subject), ("Message", body)] {
            if let finding = SensitiveDataGuard.scan(text) { issues.append(ValidationIssue(fieldLabel: label, problem: ValidationProblem(finding))) }
        }
        return issues
    }
}
