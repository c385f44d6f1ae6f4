import CustomerCore
import Foundation

// UNPORTED STUB (branch postgres only): replace every method with the real one.
public struct PGPaymentRepository: PaymentsStore {
    let link: PGLink

    public func payments(for customerID: CustomerID) throws -> [Payment] { throw PGUnported(part: "PaymentsStore") }
    public func save(_ payment: Payment, now: Date) throws -> Payment { throw PGUnported(part: "PaymentsStore") }
    public func amountOutstanding(for customerID: CustomerID) throws -> [Money] { throw PGUnported(part: "PaymentsStore") }
    public func payment(id: Int64) throws -> Payment? { throw PGUnported(part: "PaymentsStore") }
    public func markPaid(id: Int64, at date: Date, method: String?, cardID: Int64?) throws -> Payment { throw PGUnported(part: "PaymentsStore") }
    public func refund(id: Int64, at date: Date) throws -> Payment { throw PGUnported(part: "PaymentsStore") }
}
