import CustomerCore
import Foundation

/// Composing the quick actions' messages, recording a charge, sending through the mail command,
/// and the outbox.
extension EffectRunner {
    var dispatcher: MessageDispatcher { MessageDispatcher(store: store, transport: mailer) }

    func perform(_ effect: MessagesEffect) throws -> [Msg] {
        switch effect {
        case .composeOverdueReminder(let customerID):
            return try compose(customerID) { composer, card, now in try composer.overdueReminder(card, now: now) }
        case .composeInvitation(let customerID):
            return try compose(customerID) { composer, card, now in try composer.invitation(card, now: now) }
        case .charge(let customerID, let bookingID, let amount, let cardID, let method):
            guard let card = try store.customerCards.card(for: customerID) else { throw StoreError.notFound(what: "customer", id: customerID) }
            let now = clock()
            do {
                let plan = try ChargePlan.make(card: card, bookingID: bookingID, amount: amount, cardID: cardID, method: method, now: now)
                let payment = try plan.apply(to: store, now: now)
                let booking = card.bookings.first { $0.id == bookingID }!
                let receipt = try QuickMessageComposer(settings: store.settings, language: AppText.language.rawValue)
                    .receipt(card, booking: booking, amount: payment.amount)
                return [.messages(.charged(payment, receipt, try dispatcher.route(to: receipt.recipient)))]
            } catch let refusal as QuickActionRefusal {
                return [.messages(.refused(refusal))]
            } catch StoreError.invalid(let failure) {
                return [.messages(.storeRefused(failure.issues))]
            }
        case .send(let message):
            // Refused here, before anything is logged, so the compose screen can say why.
            let issues = message.logged(at: clock(), mailID: "").issues()
            guard issues.isEmpty else { return [.messages(.storeRefused(issues))] }
            let dispatcher = self.dispatcher, clock = self.clock
            inBackground { .messages(.delivered(try dispatcher.send(message, now: clock()))) }
            return []
        case .loadOutbox:
            return [.messages(.outboxLoaded(try store.conversations.outbox(), try dispatcher.route(to: nil)))]
        case .retry(let messageID):
            let dispatcher = self.dispatcher, clock = self.clock
            inBackground {
                if let messageID { return .messages(.retried([try dispatcher.retry(messageID: messageID, now: clock())])) }
                return .messages(.retried(try dispatcher.retryAll(now: clock())))
            }
            return []
        case .drop(let messageID):
            return [.messages(.dropped(try store.conversations.drop(messageID: messageID)))]
        }
    }

    func compose(_ customerID: CustomerID,
                 _ make: (QuickMessageComposer, CustomerCard, Date) throws -> QuickMessage) throws -> [Msg] {
        guard let card = try store.customerCards.card(for: customerID) else { throw StoreError.notFound(what: "customer", id: customerID) }
        let composer = try QuickMessageComposer(settings: store.settings, language: AppText.language.rawValue)
        do {
            let message = try make(composer, card, clock())
            return [.messages(.composed(message, try dispatcher.route(to: message.recipient)))]
        } catch let refusal as QuickActionRefusal {
            return [.messages(.refused(refusal))]
        }
    }
}
