import CustomerCore
import Foundation

/// The Payments tab's keys (record, edit, mark paid, refund) and the store's answers.
enum PaymentsUpdate {
    /// ctrl+a on the Payments tab: a payment received (or, switched, an amount due) for the open card's customer.
    static func openNew(_ state: inout AppState) -> [Effect] {
        guard let card = state.card, let loaded = card.card else { return [] }
        state.modals.push(PaymentFormState(customerID: card.customerID, customerName: loaded.customer.displayName, currency: state.shopCurrency,
                                           bookings: loaded.bookings, cards: Self.cards(loaded, keeping: nil), style: AppText.current.moneyStyle))
        return []
    }

    /// enter on a payment: edit it.
    static func openSelected(_ state: inout AppState) -> [Effect] {
        guard let card = state.card, let loaded = card.card, let payment = card.selectedPayment else {
            state.say(PaymentsNote.noPaymentSelected)
            return []
        }
        state.modals.push(PaymentFormState(customerID: card.customerID, customerName: loaded.customer.displayName, payment: payment,
                                           currency: state.shopCurrency, bookings: loaded.bookings,
                                           cards: Self.cards(loaded, keeping: payment.cardID), style: AppText.current.moneyStyle))
        return []
    }

    /// The cards a payment may name: those not expired, and the one it already names.
    static func cards(_ card: CustomerCard, keeping cardID: Int64?) -> [CardOnFile] {
        let now = Date()
        return card.cards.filter { !$0.isExpired(at: now) || $0.id == cardID }
    }

    /// F5 on an amount due: paid now.
    static func markPaid(_ state: inout AppState) -> [Effect] {
        guard let payment = state.card?.selectedPayment, let id = payment.id else {
            state.say(PaymentsNote.noPaymentSelected)
            return []
        }
        guard payment.isOpen else {
            state.say(PaymentsNote.notDue)
            return []
        }
        return [.payments(.markPaid(paymentID: id))]
    }

    /// F6 on a payment received: refunded, after asking.
    static func askToRefund(_ state: inout AppState) -> [Effect] {
        guard let payment = state.card?.selectedPayment, let id = payment.id else {
            state.say(PaymentsNote.noPaymentSelected)
            return []
        }
        guard payment.status == .paid else {
            state.say(PaymentsNote.notReceived)
            return []
        }
        state.modals.push(ConfirmState(BookingsQuestion.refund(payment), onYes: ConfirmYes(effects: [.payments(.refund(paymentID: id))])))
        return []
    }

    static func receive(_ msg: PaymentsMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .saved(let payment):
            state.modals.removeAll(PaymentFormState.self)
            state.say(PaymentsNote.saved(payment.amount, due: payment.isOpen))
            if state.card?.customerID == payment.customerID { state.card?.tab = .payments }
            return CardUpdate.reload(state)
        case .saveRefused(let issues):
            state.modals.update(PaymentFormState.self) { form in
                form.isSaving = false
                form.problems = issues
            }
            return []
        case .changed(let note):
            state.say(note)
            return CardUpdate.reload(state)
        }
    }
}
