import Foundation

/// The templates a shop starts with, in the language its people speak to customers in (the
/// interface's: English, Spanish or French); the settings replace any of them.
public enum MessageTemplates {
    /// The template for a kind of quick action message (payment reminder, booking invitation, receipt).
    public static func standard(_ kind: QuickMessageKind, language: String) -> MessageTemplate {
        switch (kind, language) {
        case (.overdueReminder, "fr"):
            MessageTemplate(subject: "Paiement en attente : {amount}",
                            body: "Bonjour {name},\n\nSauf erreur de notre part, la somme de {amount}, due le {date}, n’a pas encore été réglée. Pourriez-vous nous la régler dès que possible ?\n\nMerci,\n{shop}")
        case (.overdueReminder, "es"):
            MessageTemplate(subject: "Pago pendiente: {amount}",
                            body: "Hola, {name}:\n\nSalvo error, el importe de {amount}, con vencimiento el {date}, sigue pendiente. ¿Podría abonarlo lo antes posible?\n\nGracias,\n{shop}")
        case (.overdueReminder, _):
            MessageTemplate(subject: "Payment overdue: {amount}",
                            body: "Hello {name},\n\nOur records show that {amount}, due on {date}, has not been paid yet. Could you settle it at your earliest convenience?\n\nThank you,\n{shop}")
        case (.invitation, "fr"):
            MessageTemplate(subject: "Et si vous repreniez rendez-vous ?",
                            body: "Bonjour {name},\n\nNous serions ravis de vous revoir. Répondez à ce message ou appelez-nous pour choisir votre prochain rendez-vous.\n\nÀ bientôt,\n{shop}")
        case (.invitation, "es"):
            MessageTemplate(subject: "¿Reservamos su próxima cita?",
                            body: "Hola, {name}:\n\nNos encantará volver a verle. Responda a este mensaje o llámenos para elegir su próxima cita.\n\nHasta pronto,\n{shop}")
        case (.invitation, _):
            MessageTemplate(subject: "Time for your next appointment?",
                            body: "Hello {name},\n\nWe would love to see you again. Reply to this message or call us to choose your next appointment.\n\nSee you soon,\n{shop}")
        case (.receipt, "fr"):
            MessageTemplate(subject: "Votre paiement de {amount}",
                            body: "Bonjour {name},\n\nNous avons bien enregistré votre paiement de {amount} pour {service} le {date}. Merci de votre visite !\n\n{shop}")
        case (.receipt, "es"):
            MessageTemplate(subject: "Su pago de {amount}",
                            body: "Hola, {name}:\n\nHemos registrado su pago de {amount} por {service} del {date}. ¡Gracias por su visita!\n\n{shop}")
        case (.receipt, _):
            MessageTemplate(subject: "Your payment of {amount}",
                            body: "Hello {name},\n\nWe have recorded your payment of {amount} for {service} on {date}. Thank you for your visit!\n\n{shop}")
        }
    }
}

/// The three messages the card's quick actions send (seed 004's "+").
public enum QuickMessageKind: String, CaseIterable, Sendable {
    case overdueReminder, invitation, receipt

    /// How it is logged in Conversations.
    public var conversationKind: ConversationMessage.Kind {
        switch self {
        case .overdueReminder: .paymentReminder
        case .invitation: .bookingInvitation
        case .receipt: .paymentReceipt
        }
    }

    /// The setting that holds its template.
    public var settingKey: SettingKey {
        switch self {
        case .overdueReminder: .overdueReminderTemplate
        case .invitation: .invitationTemplate
        case .receipt: .chargeTemplate
        }
    }
}
