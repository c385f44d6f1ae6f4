import CustomerCore

/// Recording payments and amounts due, marking them paid, refunding.
extension EffectRunner {
    func perform(_ effect: PaymentsEffect) throws -> [Msg] {
        switch effect {
        case .save(let payment):
            do { return [.payments(.saved(try store.payments.save(payment, now: clock())))] } catch StoreError.invalid(let failure) {
                return [.payments(.saveRefused(failure.issues))]
            }
        case .markPaid(let id):
            let paid = try store.payments.markPaid(id: id, at: clock(), method: nil)
            return [.payments(.changed(.paid(paid.amount)))]
        case .refund(let id):
            let refunded = try store.payments.refund(id: id, at: clock())
            return [.payments(.changed(.refunded(refunded.amount)))]
        }
    }
}
