import CustomerCore

/// The words for CustomerCore's values in one language — statuses, sources, booking, payment,
/// loyalty and message states — as a person reads them on the card and in forms. CustomerCore
/// keeps its English labels for files and the command line; the interface asks here.
struct DomainWords: Sendable {
    let status: @Sendable (CustomerStatus) -> String
    let subscription: @Sendable (EmailSubscription) -> String
    let creationSource: @Sendable (CreationSource) -> String
    let bookingStatus: @Sendable (Booking.Status) -> String
    let paymentStatus: @Sendable (Payment.Status) -> String
    let messageKind: @Sendable (ConversationMessage.Kind) -> String
    let delivery: @Sendable (ConversationMessage.Delivery) -> String
    let channel: @Sendable (ConversationMessage.Channel) -> String
    let loyaltyKind: @Sendable (LoyaltyEntry.Kind) -> String
}

extension DomainWords {
    static let english = DomainWords(
        status: \.label,
        subscription: \.label,
        creationSource: { source in
            switch source {
            case .manual: "Added by hand"
            case .import: "Imported"
            case .merge: "Merge"
            case .booking: "Booking"
            case .loyalty: "Loyalty"
            case .invoice: "Invoice"
            }
        },
        bookingStatus: \.label,
        paymentStatus: \.label,
        messageKind: \.label,
        delivery: \.label,
        channel: { channel in
            switch channel {
            case .email: "email"
            case .sms: "SMS"
            case .inPerson: "in person"
            case .phone: "phone"
            }
        },
        loyaltyKind: \.label
    )

    static let french = DomainWords(
        status: { status in
            switch status {
            case .lead: "Prospect"
            case .client: "Client"
            case .inactive: "Inactif"
            }
        },
        subscription: { subscription in
            switch subscription {
            case .subscribed: "Abonné"
            case .unsubscribed: "Désabonné"
            case .unknown: "Inconnu"
            }
        },
        creationSource: { source in
            switch source {
            case .manual: "Ajouté à la main"
            case .import: "Importé"
            case .merge: "Fusion"
            case .booking: "Rendez-vous"
            case .loyalty: "Fidélité"
            case .invoice: "Facture"
            }
        },
        bookingStatus: { status in
            switch status {
            case .scheduled: "Prévu"
            case .completed: "Terminé"
            case .cancelled: "Annulé"
            case .noShow: "Absent"
            }
        },
        paymentStatus: { status in
            switch status {
            case .paid: "Payé"
            case .due: "À payer"
            case .overdue: "En retard"
            case .refunded: "Remboursé"
            }
        },
        messageKind: { kind in
            switch kind {
            case .paymentReminder: "Rappel de paiement"
            case .bookingInvitation: "Invitation à réserver"
            case .paymentReceipt: "Reçu de paiement"
            case .free: "Message"
            case .received: "Reçu"
            }
        },
        delivery: { delivery in
            switch delivery {
            case .sent: "Envoyé"
            case .queued: "En attente"
            case .failed: "Échec"
            case .received: "Reçu"
            case .dropped: "Abandonné"
            }
        },
        channel: { channel in
            switch channel {
            case .email: "e-mail"
            case .sms: "SMS"
            case .inPerson: "en personne"
            case .phone: "téléphone"
            }
        },
        loyaltyKind: { kind in
            switch kind {
            case .enrolled: "Inscription"
            case .earned: "Points gagnés"
            case .redeemed: "Récompense utilisée"
            case .adjusted: "Ajustement"
            case .merged: "Fusion"
            }
        }
    )

    static let spanish = DomainWords(
        status: { status in
            switch status {
            case .lead: "Potencial"
            case .client: "Cliente"
            case .inactive: "Inactivo"
            }
        },
        subscription: { subscription in
            switch subscription {
            case .subscribed: "Suscrito"
            case .unsubscribed: "Dado de baja"
            case .unknown: "Desconocido"
            }
        },
        creationSource: { source in
            switch source {
            case .manual: "Añadido a mano"
            case .import: "Importado"
            case .merge: "Fusión"
            case .booking: "Cita"
            case .loyalty: "Fidelidad"
            case .invoice: "Factura"
            }
        },
        bookingStatus: { status in
            switch status {
            case .scheduled: "Programada"
            case .completed: "Realizada"
            case .cancelled: "Cancelada"
            case .noShow: "No asistió"
            }
        },
        paymentStatus: { status in
            switch status {
            case .paid: "Pagado"
            case .due: "Pendiente"
            case .overdue: "Vencido"
            case .refunded: "Reembolsado"
            }
        },
        messageKind: { kind in
            switch kind {
            case .paymentReminder: "Recordatorio de pago"
            case .bookingInvitation: "Invitación a reservar"
            case .paymentReceipt: "Recibo de pago"
            case .free: "Mensaje"
            case .received: "Recibido"
            }
        },
        delivery: { delivery in
            switch delivery {
            case .sent: "Enviado"
            case .queued: "En cola"
            case .failed: "Fallido"
            case .received: "Recibido"
            case .dropped: "Descartado"
            }
        },
        channel: { channel in
            switch channel {
            case .email: "email"
            case .sms: "SMS"
            case .inPerson: "en persona"
            case .phone: "teléfono"
            }
        },
        loyaltyKind: { kind in
            switch kind {
            case .enrolled: "Alta"
            case .earned: "Puntos ganados"
            case .redeemed: "Recompensa canjeada"
            case .adjusted: "Ajuste"
            case .merged: "Fusión"
            }
        }
    )
}
