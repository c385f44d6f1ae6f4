import Foundation

/// Fills a quick action's template from the card: the overdue amount and its due date, the
/// customer's last visit, a charge's amount and service. The same for the interface and
/// `clientele send`, so what the screen shows is what the command sends.
public struct QuickMessageComposer: Sendable {
    public var shopName: String
    /// "en", "fr" or "es": the words of dates and amounts in the message (and of the standard templates).
    public var language: String
    public var templates: [QuickMessageKind: MessageTemplate]

    public init(shopName: String, language: String, templates: [QuickMessageKind: MessageTemplate] = [:]) {
        self.shopName = shopName
        self.language = language
        self.templates = templates
    }

    /// The shop's templates from its settings; a kind not set (or set unreadably) takes the standard one.
    public init(settings: any SettingsStore, language: String) throws {
        var templates: [QuickMessageKind: MessageTemplate] = [:]
        for kind in QuickMessageKind.allCases {
            if let stored = try settings.value(kind.settingKey) {
                let template = MessageTemplate(storedText: stored)
                if template.problem == nil { templates[kind] = template }
            }
        }
        self.init(shopName: try settings.value(.shopName) ?? "", language: language, templates: templates)
    }

    public func template(_ kind: QuickMessageKind) -> MessageTemplate {
        templates[kind] ?? MessageTemplates.standard(kind, language: language)
    }

    var moneyStyle: Money.Style {
        switch language {
        case "fr": .french
        case "es": .spanish
        default: .english
        }
    }

    /// "2 December 2026", "2 décembre 2026", "2 de diciembre de 2026".
    public func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == "fr" ? "fr_FR" : language == "es" ? "es_ES" : "en_GB")
        formatter.setLocalizedDateFormatFromTemplate("dMMMMyyyy")
        return formatter.string(from: date)
    }

    func amounts(_ money: [Money]) -> String { money.map { $0.formatted(moneyStyle) }.joined(separator: " + ") }

    func message(_ kind: QuickMessageKind, _ card: CustomerCard, _ values: MessageTemplate.Values) -> QuickMessage {
        let filled = template(kind).filled(with: values)
        return QuickMessage(kind: kind, customerID: card.customer.id ?? 0, recipient: card.customer.emailAddress.trimmingCharacters(in: .whitespaces),
                            subject: filled.subject, body: filled.body)
    }

    func name(_ card: CustomerCard) -> String {
        let given = card.customer.givenName.trimmingCharacters(in: .whitespaces)
        return given.isEmpty ? card.customer.displayName : given
    }

    /// The reminder about what is overdue now: every overdue amount, the earliest due date.
    public func overdueReminder(_ card: CustomerCard, now: Date) throws(QuickActionRefusal) -> QuickMessage {
        let overdue = card.payments.filter { $0.isOverdue(at: now) }
        guard !overdue.isEmpty else { throw .nothingOverdue }
        let earliest = overdue.compactMap(\.dueDate).min() ?? overdue.map(\.date).min() ?? now
        return message(.overdueReminder, card, .init(name: name(card), amount: amounts(card.amountOverdue(at: now)), date: day(earliest), shop: shopName))
    }

    /// The invitation to book the next appointment; `{date}` is the last visit (completed booking), if any.
    public func invitation(_ card: CustomerCard, now: Date) throws(QuickActionRefusal) -> QuickMessage {
        guard card.customer.emailSubscription != .unsubscribed else { throw .unsubscribed }
        let lastVisit = card.bookings.filter { $0.status == .completed && $0.startsAt <= now }.map(\.startsAt).max()
        let service = card.bookings.filter { $0.status == .completed }.max { $0.startsAt < $1.startsAt }?.service ?? ""
        return message(.invitation, card, .init(name: name(card), date: lastVisit.map(day) ?? "", service: service, shop: shopName))
    }

    /// The receipt for a charge just recorded.
    public func receipt(_ card: CustomerCard, booking: Booking, amount: Money) -> QuickMessage {
        message(.receipt, card, .init(name: name(card), amount: amount.formatted(moneyStyle), date: day(booking.startsAt), service: booking.service, shop: shopName))
    }
}
