import Foundation
import GRDB
import CustomerCore

/// Payments received and amounts owed (PRODUCT §3 Payments).
public struct PaymentRepository: PaymentsStore {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    static let columns = "id, customer_id, amount_minor, currency, status, paid_at, due_at, method, reference, booking_id, card_id"

    static func payment(_ row: Row) -> Payment {
        Payment(id: row["id"], customerID: row["customer_id"], amount: Money(minorUnits: row["amount_minor"], currency: row["currency"]),
                status: Payment.Status(rawValue: row["status"]) ?? .paid, date: StoredTime.decode(row["paid_at"] as Int64),
                dueDate: StoredTime.decodeIfPresent(row["due_at"]), method: row["method"], reference: row["reference"],
                bookingID: row["booking_id"], cardID: row["card_id"])
    }

    public func payments(for customerID: CustomerID) throws -> [Payment] {
        try database.writer.read { db in
            try db.mapRows(sql: "SELECT \(Self.columns) FROM payment WHERE customer_id = ? ORDER BY paid_at DESC, id DESC",
                           arguments: [customerID], Self.payment)
        }
    }

    public func save(_ payment: Payment, now: Date = Date()) throws -> Payment {
        let issues = payment.issues()
        guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        return try database.writer.write { db in
            var saved = payment
            if let bookingID = payment.bookingID {
                let owner = try Int64.fetchOne(db, sql: "SELECT customer_id FROM booking WHERE id = ?", arguments: [bookingID])
                guard owner == payment.customerID else {
                    throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: "Booking", message: owner == nil
                        ? "there is no booking \(bookingID)" : "booking \(bookingID) is another customer's")]))
                }
            }
            let arguments: StatementArguments = [payment.customerID, payment.amount.minorUnits, payment.amount.currency, payment.status.rawValue,
                                                 StoredTime.encode(payment.date), StoredTime.encodeIfPresent(payment.dueDate), payment.method,
                                                 payment.reference, payment.bookingID, payment.cardID]
            if let id = payment.id {
                try db.execute(sql: """
                    UPDATE payment SET customer_id = ?, amount_minor = ?, currency = ?, status = ?, paid_at = ?, due_at = ?, method = ?,
                        reference = ?, booking_id = ?, card_id = ? WHERE id = ?
                    """, arguments: arguments + [id])
                if db.changesCount == 0 { throw StoreError.notFound(what: "payment", id: id) }
            } else {
                try db.execute(sql: """
                    INSERT INTO payment (customer_id, amount_minor, currency, status, paid_at, due_at, method, reference, booking_id, card_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: arguments)
                saved.id = db.lastInsertedRowID
            }
            try CustomerRepository.touchActivity(db, customerID: payment.customerID, at: min(now, payment.date))
            // Money received earns points under a per-amount program, once, with the payment.
            if payment.id == nil, payment.status == .paid {
                try LoyaltyRepository.earn(db, customerID: payment.customerID, visit: false, spendMinor: payment.amount.minorUnits,
                                           reason: payment.amount.formatted, at: now)
            }
            return saved
        }
    }

    /// What the customer owes now (due and overdue), per currency.
    public func amountOutstanding(for customerID: CustomerID) throws -> [Money] {
        try database.writer.read { db in
            try db.mapRows(sql: """
                SELECT currency, sum(amount_minor) AS owed FROM payment WHERE customer_id = ? AND status IN ('due','overdue')
                GROUP BY currency ORDER BY currency
                """, arguments: [customerID]) { Money(minorUnits: $0["owed"], currency: $0["currency"]) }
        }
    }

    public func payment(id: Int64) throws -> Payment? {
        try database.writer.read { db in
            try db.mapRows(sql: "SELECT \(Self.columns) FROM payment WHERE id = ?", arguments: [id], Self.payment).first
        }
    }

    public func markPaid(id: Int64, at date: Date, method: String?, cardID: Int64?) throws -> Payment {
        try change(id: id, earning: true, cardID: cardID) { payment in try payment.markPaid(at: date, method: method, cardID: cardID) }
    }

    public func refund(id: Int64, at date: Date) throws -> Payment {
        try change(id: id, takingBack: true) { payment in try payment.refund(at: date) }
    }

    /// Reads, changes and writes one payment in one write transaction.
    /// `earning`: the change is money received (an amount due paid), which earns points as a payment does.
    private func change(id: Int64, earning: Bool = false, takingBack: Bool = false, cardID: Int64? = nil, _ edit: (inout Payment) throws -> Void) throws -> Payment {
        try database.writer.write { db in
            guard var payment = try db.mapRows(sql: "SELECT \(Self.columns) FROM payment WHERE id = ?", arguments: [id], Self.payment).first else {
                throw StoreError.notFound(what: "payment", id: id)
            }
            if let cardID {
                // Taken with a card on file: one of the same customer's.
                let owner = try Int64.fetchOne(db, sql: "SELECT customer_id FROM card WHERE id = ?", arguments: [cardID])
                guard owner == payment.customerID else {
                    throw StoreError.invalid(ValidationFailure([ValidationIssue(fieldLabel: "Card", message: "card \(cardID) is not one of this customer's cards on file")]))
                }
            }
            try edit(&payment)
            try db.execute(sql: "UPDATE payment SET status = ?, paid_at = ?, method = ?, card_id = ? WHERE id = ?",
                           arguments: [payment.status.rawValue, StoredTime.encode(payment.date), payment.method, payment.cardID, id])
            if earning {
                try LoyaltyRepository.earn(db, customerID: payment.customerID, visit: false, spendMinor: payment.amount.minorUnits,
                                           reason: payment.amount.formatted, at: payment.date)
            }
            if takingBack {
                try LoyaltyRepository.takeBack(db, customerID: payment.customerID, spendMinor: payment.amount.minorUnits,
                                               reason: "Refund \(payment.amount.formatted)", at: payment.date)
            }
            return payment
        }
    }

    /// Many payments in one transaction through one prepared statement, each checked like `save`
    /// (the booking's owner aside), without moving the profiles' last activity: for benchmarks and
    /// fixtures. The new ids, in order.
    @discardableResult
    public func insertBatch(_ payments: [Payment]) throws -> [Int64] {
        for payment in payments {
            let issues = payment.issues()
            guard issues.isEmpty else { throw StoreError.invalid(ValidationFailure(issues)) }
        }
        return try database.writer.write { db in
            let insert = try db.makeStatement(sql: """
                INSERT INTO payment (customer_id, amount_minor, currency, status, paid_at, due_at, method, reference, booking_id, card_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            return try payments.map { payment in
                try insert.execute(arguments: [payment.customerID, payment.amount.minorUnits, payment.amount.currency, payment.status.rawValue,
                                               StoredTime.encode(payment.date), StoredTime.encodeIfPresent(payment.dueDate), payment.method,
                                               payment.reference, payment.bookingID, payment.cardID])
                return db.lastInsertedRowID
            }
        }
    }
}
