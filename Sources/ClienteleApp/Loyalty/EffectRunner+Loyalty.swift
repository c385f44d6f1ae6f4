import CustomerCore
import Foundation

/// Reading and changing a customer's loyalty membership.
extension EffectRunner {
    func perform(_ effect: LoyaltyEffect) throws -> [Msg] {
        switch effect {
        case .load(let id):
            let account = try store.loyalty.account(for: id)
            let entries = try account?.id.map { try store.loyalty.entries(accountID: $0) } ?? []
            return [.loyalty(.loaded(id, try store.loyalty.program(), account, entries))]
        case .enroll(let id):
            do { _ = try store.loyalty.enroll(customerID: id, now: clock()) } catch StoreError.invalid(let failure) {
                return [.loyalty(.refused(failure.issues))]
            }
            return [.loyalty(.changed(id, .enrolled))]
        case .record(let id, var entry, let note):
            entry.createdAt = clock()
            do { try store.loyalty.record(entry) } catch StoreError.invalid(let failure) {
                return [.loyalty(.refused(failure.issues))]
            }
            return [.loyalty(.changed(id, note))]
        }
    }
}
