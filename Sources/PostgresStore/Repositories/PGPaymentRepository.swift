import CustomerCore
import Foundation

/// Payments received and amounts owed on PostgreSQL (`PaymentRepository`'s contract). Marking paid
/// and refunding read the payment with its row locked (`FOR UPDATE`): two counters marking the same
/// amount paid at once do it once (the second finds it paid and is refused), so it earns once, and
/// a refund takes points back once.
public struct PGPaymentRepository: PaymentsStore {
    let link: PGLink

    static let columns = "id, customer_id, amount_minor, currency, status, paid_at, due_at, method, reference, booking_id, card_id"

    static func payment(_ row: PGRow) throws -> Payment {
        Payment(id: try row.int("id"), customerID: try row.int("customer_id"),
                amount: Money(minorUnits: try row.int("amount_minor"), currency: try row.text("currency")),
                status: Payment.Status(rawValue: try row.text("status")) ?? .paid, date: StoredTime.decode(try row.int("paid_at")),
                dueDate: StoredTime.decodeIfPresent(try row.optionalInt("due_at")), method: try row.text("method"), reference: try row.text("reference"),
                bookingID: try row.optionalInt("booking_id"), cardID: try row.optionalInt("card_id"))
    }

    public func payments(for customerID: CustomerID) throws -> [Payment] {
        try link.query("SELECT \(Self.columns) FROM payment WHERE customer_id = ? ORDER BY paid_at DESC, id DESC", [customerID]).map(Self.payment)
    }

    public func save(_ payment: Payment, now: Date) throws -> Payment {
        let issues = payment.issues()
        guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        return try link.write { db in
            var saved = payment
            if let bookingID = payment.bookingID {
                let owner = try db.int("SELECT customer_id FROM booking WHERE id = ?", [bookingID])
                guard owner == payment.customerID else {
                    throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: "Booking", message: owner == nil
                        ? "there is no booking \(bookingID)" : "booking \(bookingID) is another customer's")]))
                }
            }
            let values: [any PGBindable] = [payment.customerID, payment.amount.minorUnits, payment.amount.currency, payment.status.rawValue,
                                            StoredTime.encode(payment.date), StoredTime.encodeIfPresent(payment.dueDate), payment.method,
                                            payment.reference, payment.bookingID, payment.cardID]
            if let id = payment.id {
                let changed = try db.execute("""
                    UPDATE payment SET customer_id = ?, amount_minor = ?, currency = ?, status = ?, paid_at = ?, due_at = ?, method = ?,
                        reference = ?, booking_id = ?, card_id = ? WHERE id = ?
                    """, values + [id])
                if changed == 0 { throw StoreError.notFound(what: "payment", id: id) }
            } else {
                saved.id = try db.int("""
                    INSERT INTO payment (customer_id, amount_minor, currency, status, paid_at, due_at, method, reference, booking_id, card_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                    """, values)
            }
            try PGCustomerRepository.touchActivity(db, customerID: payment.customerID, at: min(now, payment.date))
            // Money received earns points under a per-amount program, once, with the payment.
            if payment.id == nil, payment.status == .paid {
                try PGLoyaltyRepository.earn(db, customerID: payment.customerID, visit: false, spendMinor: payment.amount.minorUnits,
                                             reason: payment.amount.formatted, at: now)
            }
            return saved
        }
    }

    /// What the customer owes now (due and overdue), per currency.
    public func amountOutstanding(for customerID: CustomerID) throws -> [Money] {
        try link.query("""
            SELECT currency, sum(amount_minor)::bigint AS owed FROM payment WHERE customer_id = ? AND status IN ('due','overdue')
            GROUP BY currency ORDER BY currency COLLATE "C"
            """, [customerID]).map { Money(minorUnits: try $0.int("owed"), currency: try $0.text("currency")) }
    }

    public func payment(id: Int64) throws -> Payment? {
        try link.one("SELECT \(Self.columns) FROM payment WHERE id = ?", [id]).map(Self.payment)
    }

    public func markPaid(id: Int64, at date: Date, method: String?, cardID: Int64?) throws -> Payment {
        try change(id: id, earning: true, cardID: cardID) { payment in try payment.markPaid(at: date, method: method, cardID: cardID) }
    }

    public func refund(id: Int64, at date: Date) throws -> Payment {
        try change(id: id, takingBack: true) { payment in try payment.refund(at: date) }
    }

    /// Reads (row locked), changes and writes one payment in one transaction.
    /// `earning`: the change is money received (an amount due paid), which earns points as a payment does.
    private func change(id: Int64, earning: Bool = false, takingBack: Bool = false, cardID: Int64? = nil, _ edit: (inout Payment) throws -> Void) throws -> Payment {
        try link.write { db in
            guard var payment = try db.one("SELECT \(Self.columns) FROM payment WHERE id = ? FOR UPDATE", [id]).map(Self.payment) else {
                throw StoreError.notFound(what: "payment", id: id)
            }
            if let cardID {
                // Taken with a card on file: one of the same customer's.
                let owner = try db.int("SELECT customer_id FROM card WHERE id = ?", [cardID])
                guard owner == payment.customerID else {
                    throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: "Card", message: "card \(cardID) is not one of this customer's cards on file")]))
                }
            }
            try edit(&payment)
            try db.execute("UPDATE payment SET status = ?, paid_at = ?, method = ?, card_id = ? WHERE id = ?",
                           [payment.status.rawValue, StoredTime.encode(payment.date), payment.method, payment.cardID, id])
            if earning {
                try PGLoyaltyRepository.earn(db, customerID: payment.customerID, visit: false, spendMinor: payment.amount.minorUnits,
                                             reason: payment.amount.formatted, at: payment.date)
            }
            if takingBack {
                try PGLoyaltyRepository.takeBack(db, customerID: payment.customerID, spendMinor: payment.amount.minorUnits,
                                                 reason: "Refund \(payment.amount.formatted)", at: payment.date)
            }
            return payment
        }
    }
}
