import CustomerCore

/// The words of the quick actions, the charge form, the compose screen and the outbox, one table
/// per language (kept together so that a sentence and its translations sit side by side).
struct MessagesText: Sendable {
    let quickActionsTitle: @Sendable (String) -> String
    let overdueReminderAction: String
    let chargeAction: String
    let invitationAction: String
    let overdueDetail: @Sendable (String) -> String
    let nothingOverdueDetail: String
    let completedDetail: @Sendable (Int) -> String
    let unsubscribedDetail: String
    let noEmailOnProfile: String
    let sendsTo: @Sendable (String) -> String
    let quickActionsFooter: String
    /// The Main tab's line: its label, then the actions (whether something is overdue, a booking completed).
    let quickActionsLabel: String
    let mainTabActions: @Sendable (Bool, Bool) -> String

    let chargeTitle: @Sendable (String) -> String
    /// booking, amount, method, card
    let chargeFieldLabels: [String]
    let amountDueMarkedPaid: @Sendable (String) -> String
    let noCardChoice: String
    let notProcessed: String
    let chargeFooter: String

    let composeTitle: @Sendable (QuickMessageKind, String) -> String
    let chargeRecorded: @Sendable (String) -> String
    let through: @Sendable (String) -> String
    let willWait: @Sendable (String) -> String
    let subjectLabel: String
    let sending: String
    let composeFooter: String
    let composeFooterQueue: String

    let outboxTitle: @Sendable (Int) -> String
    let cannotSend: @Sendable (String) -> String
    let outboxEmpty: String
    let notTriedYet: String
    let outboxFooter: String
    let outboxReason: @Sendable (OutboxReason) -> String

    let sentTo: @Sendable (String) -> String
    let queued: @Sendable (String) -> String
    let failed: @Sendable (String) -> String
    let busy: String
    let retried: @Sendable (Int, Int) -> String
    let dropped: String
    let nothingSelected: String
    let dropTitle: String
    let dropMessage: @Sendable (String, String) -> String
    let discardTitle: String
    let discardMessage: String
    let refusal: @Sendable (QuickActionRefusal) -> String
}

extension MessagesText {
    static let english = MessagesText(
        quickActionsTitle: { "Quick actions — \($0)" },
        overdueReminderAction: "Send a reminder about the overdue payment",
        chargeAction: "Charge for a past appointment",
        invitationAction: "Invite to book the next appointment",
        overdueDetail: { "\($0) overdue" },
        nothingOverdueDetail: "nothing overdue",
        completedDetail: { $0 == 0 ? "no completed booking" : $0 == 1 ? "1 completed booking" : "\($0) completed bookings" },
        unsubscribedDetail: "unsubscribed from email",
        noEmailOnProfile: "No email address on the profile: messages wait in the outbox until one is added.",
        sendsTo: { "To: \($0)" },
        quickActionsFooter: "enter or 1–3 choose · esc close",
        quickActionsLabel: "Quick actions",
        mainTabActions: { overdue, completed in
            "ctrl+o: " + [overdue ? "remind of the overdue payment" : nil, completed ? "charge a past appointment" : nil, "invite to book"].compactMap { $0 }.joined(separator: " · ")
        },
        chargeTitle: { "Charge for an appointment — \($0)" },
        chargeFieldLabels: ["Booking", "Amount", "Method", "Card on file"],
        amountDueMarkedPaid: { "\($0) due on it, marked paid" },
        noCardChoice: "none",
        notProcessed: "Recorded, not processed: Clientele has no payment processor — take the money at your card terminal or till.",
        chargeFooter: "ctrl+s record · ctrl+n choose · tab next field · esc cancel",
        composeTitle: { kind, name in
            switch kind {
            case .overdueReminder: "Payment reminder — \(name)"
            case .invitation: "Invitation to book — \(name)"
            case .receipt: "Receipt — \(name)"
            }
        },
        chargeRecorded: { "✓ \($0) recorded against the booking. The receipt:" },
        through: { "Sent through the mail command: \($0)" },
        willWait: { "It will wait in the outbox: \($0)." },
        subjectLabel: "Subject:",
        sending: "Sending…",
        composeFooter: "ctrl+s send · tab subject/text · esc do not send",
        composeFooterQueue: "ctrl+s put in the outbox · tab subject/text · esc do not send",
        outboxTitle: { $0 == 0 ? "Outbox" : "Outbox — \($0) waiting" },
        cannotSend: { "Nothing can be sent yet: \($0)." },
        outboxEmpty: "Nothing waits to be sent.",
        notTriedYet: "waiting to be sent",
        outboxFooter: "s send again · a send all · d drop · enter open card · esc close",
        outboxReason: { reason in
            switch reason {
            case .noMailCommand: "no mail command is set (settings: mail-command, e.g. msmtp)"
            case .noShopEmail: "the shop's address is not set (settings: shop-email)"
            case .noRecipient: "the customer has no email address"
            }
        },
        sentTo: { "Sent to \($0)." },
        queued: { "Not sent — it waits in the outbox: \($0). ctrl+y shows the outbox." },
        failed: { "Not sent — the mail command failed: \($0). It waits in the outbox (ctrl+y)." },
        busy: "Another counter is sending this message right now.",
        retried: { sent, waiting in "\(sent) sent, \(waiting) still waiting." },
        dropped: "Dropped from the outbox; Conversations keeps it, marked dropped.",
        nothingSelected: "Select a message first.",
        dropTitle: "Drop this message?",
        dropMessage: { subject, name in "“\(subject)” to \(name) will not be sent. Conversations keeps it, marked dropped." },
        discardTitle: "Do not send?",
        discardMessage: "What you changed in the message is lost; nothing is sent.",
        refusal: { refusal in
            switch refusal {
            case .nothingOverdue: "Nothing is overdue for this customer."
            case .unsubscribed: "The customer unsubscribed from email: no invitation is sent."
            case .bookingNotFound: "That booking is not this customer's any more."
            case .noCompletedBooking: "No completed booking to charge for: mark the appointment completed first (F5 on the Bookings tab)."
            case .bookingNotCompleted(let status): "That booking is \(AppText.current.words.bookingStatus(status).lowercased()), not completed: mark it completed first."
            case .alreadyCharged(let money): "That booking is already paid (\(AppText.current.money(money))) and nothing is due on it."
            case .noAmount: "Nothing is due on that booking: type the amount received."
            case .cardNotFound: "That card is no longer on file."
            case .cardExpired(let card): "The \(card.maskedLabel) card has expired."
            }
        })

    static let french = MessagesText(
        quickActionsTitle: { "Actions rapides — \($0)" },
        overdueReminderAction: "Envoyer un rappel du paiement en retard",
        chargeAction: "Encaisser un rendez-vous passé",
        invitationAction: "Inviter à prendre le prochain rendez-vous",
        overdueDetail: { "\($0) en retard" },
        nothingOverdueDetail: "rien en retard",
        completedDetail: { $0 == 0 ? "aucun rendez-vous terminé" : $0 == 1 ? "1 rendez-vous terminé" : "\($0) rendez-vous terminés" },
        unsubscribedDetail: "désabonné des e-mails",
        noEmailOnProfile: "Pas d’adresse e-mail sur la fiche : les messages attendent dans la boîte d’envoi jusqu’à ce qu’on en ajoute une.",
        sendsTo: { "À : \($0)" },
        quickActionsFooter: "entrée ou 1–3 choisir · échap fermer",
        quickActionsLabel: "Actions rapides",
        mainTabActions: { overdue, completed in
            "ctrl+o : " + [overdue ? "rappeler le paiement en retard" : nil, completed ? "encaisser un rendez-vous passé" : nil, "inviter à réserver"].compactMap { $0 }.joined(separator: " · ")
        },
        chargeTitle: { "Encaisser un rendez-vous — \($0)" },
        chargeFieldLabels: ["Rendez-vous", "Montant", "Moyen", "Carte"],
        amountDueMarkedPaid: { "\($0) dus, marqués payés" },
        noCardChoice: "aucune",
        notProcessed: "Enregistré, pas encaissé : Clientele n’a pas de terminal de paiement — encaissez au terminal ou à la caisse.",
        chargeFooter: "ctrl+s enregistrer · ctrl+n choisir · tab champ suivant · échap annuler",
        composeTitle: { kind, name in
            switch kind {
            case .overdueReminder: "Rappel de paiement — \(name)"
            case .invitation: "Invitation à réserver — \(name)"
            case .receipt: "Reçu — \(name)"
            }
        },
        chargeRecorded: { "✓ \($0) enregistrés pour ce rendez-vous. Le reçu :" },
        through: { "Envoyé par la commande de messagerie : \($0)" },
        willWait: { "Il attendra dans la boîte d’envoi : \($0)." },
        subjectLabel: "Objet :",
        sending: "Envoi…",
        composeFooter: "ctrl+s envoyer · tab objet/texte · échap ne pas envoyer",
        composeFooterQueue: "ctrl+s mettre dans la boîte d’envoi · tab objet/texte · échap ne pas envoyer",
        outboxTitle: { $0 == 0 ? "Boîte d’envoi" : "Boîte d’envoi — \($0) en attente" },
        cannotSend: { "Rien ne peut encore partir : \($0)." },
        outboxEmpty: "Rien n’attend d’être envoyé.",
        notTriedYet: "en attente d’envoi",
        outboxFooter: "s renvoyer · a tout renvoyer · d abandonner · entrée ouvrir la fiche · échap fermer",
        outboxReason: { reason in
            switch reason {
            case .noMailCommand: "aucune commande de messagerie (réglage mail-command, p. ex. msmtp)"
            case .noShopEmail: "l’adresse de la boutique n’est pas réglée (réglage shop-email)"
            case .noRecipient: "le client n’a pas d’adresse e-mail"
            }
        },
        sentTo: { "Envoyé à \($0)." },
        queued: { "Pas envoyé — il attend dans la boîte d’envoi : \($0). ctrl+y affiche la boîte d’envoi." },
        failed: { "Pas envoyé — la commande de messagerie a échoué : \($0). Il attend dans la boîte d’envoi (ctrl+y)." },
        busy: "Un autre poste envoie ce message en ce moment.",
        retried: { sent, waiting in "\(sent) envoyé(s), \(waiting) toujours en attente." },
        dropped: "Retiré de la boîte d’envoi ; les Conversations le gardent, marqué abandonné.",
        nothingSelected: "Choisissez d’abord un message.",
        dropTitle: "Abandonner ce message ?",
        dropMessage: { subject, name in "« \(subject) » pour \(name) ne sera pas envoyé. Les Conversations le gardent, marqué abandonné." },
        discardTitle: "Ne pas envoyer ?",
        discardMessage: "Vos modifications du message sont perdues ; rien n’est envoyé.",
        refusal: { refusal in
            switch refusal {
            case .nothingOverdue: "Rien n’est en retard pour ce client."
            case .unsubscribed: "Le client s’est désabonné des e-mails : aucune invitation n’est envoyée."
            case .bookingNotFound: "Ce rendez-vous n’est plus celui de ce client."
            case .noCompletedBooking: "Aucun rendez-vous terminé à encaisser : marquez d’abord le rendez-vous terminé (F5 sur l’onglet Rendez-vous)."
            case .bookingNotCompleted(let status): "Ce rendez-vous est « \(AppText.current.words.bookingStatus(status).lowercased()) », pas terminé : marquez-le terminé d’abord."
            case .alreadyCharged(let money): "Ce rendez-vous est déjà payé (\(AppText.current.money(money))) et rien n’est dû."
            case .noAmount: "Rien n’est dû sur ce rendez-vous : tapez le montant reçu."
            case .cardNotFound: "Cette carte n’est plus enregistrée."
            case .cardExpired(let card): "La carte \(card.maskedLabel) a expiré."
            }
        })

    static let spanish = MessagesText(
        quickActionsTitle: { "Acciones rápidas — \($0)" },
        overdueReminderAction: "Enviar un recordatorio del pago vencido",
        chargeAction: "Cobrar una cita pasada",
        invitationAction: "Invitar a reservar la próxima cita",
        overdueDetail: { "\($0) vencido" },
        nothingOverdueDetail: "nada vencido",
        completedDetail: { $0 == 0 ? "ninguna cita completada" : $0 == 1 ? "1 cita completada" : "\($0) citas completadas" },
        unsubscribedDetail: "dado de baja del email",
        noEmailOnProfile: "El perfil no tiene email: los mensajes esperan en la bandeja de salida hasta que se añada uno.",
        sendsTo: { "Para: \($0)" },
        quickActionsFooter: "intro o 1–3 elegir · esc cerrar",
        quickActionsLabel: "Acciones rápidas",
        mainTabActions: { overdue, completed in
            "ctrl+o: " + [overdue ? "recordar el pago vencido" : nil, completed ? "cobrar una cita pasada" : nil, "invitar a reservar"].compactMap { $0 }.joined(separator: " · ")
        },
        chargeTitle: { "Cobrar una cita — \($0)" },
        chargeFieldLabels: ["Cita", "Importe", "Forma de pago", "Tarjeta"],
        amountDueMarkedPaid: { "\($0) pendiente, marcado pagado" },
        noCardChoice: "ninguna",
        notProcessed: "Registrado, no cobrado: Clientele no tiene pasarela de pago — cobre en su terminal o en caja.",
        chargeFooter: "ctrl+s registrar · ctrl+n elegir · tab campo siguiente · esc cancelar",
        composeTitle: { kind, name in
            switch kind {
            case .overdueReminder: "Recordatorio de pago — \(name)"
            case .invitation: "Invitación a reservar — \(name)"
            case .receipt: "Recibo — \(name)"
            }
        },
        chargeRecorded: { "✓ \($0) registrado para la cita. El recibo:" },
        through: { "Se envía con el comando de correo: \($0)" },
        willWait: { "Esperará en la bandeja de salida: \($0)." },
        subjectLabel: "Asunto:",
        sending: "Enviando…",
        composeFooter: "ctrl+s enviar · tab asunto/texto · esc no enviar",
        composeFooterQueue: "ctrl+s dejar en la bandeja de salida · tab asunto/texto · esc no enviar",
        outboxTitle: { $0 == 0 ? "Bandeja de salida" : "Bandeja de salida — \($0) en espera" },
        cannotSend: { "Aún no se puede enviar nada: \($0)." },
        outboxEmpty: "Nada espera a ser enviado.",
        notTriedYet: "en espera de envío",
        outboxFooter: "s reenviar · a reenviar todo · d descartar · intro abrir ficha · esc cerrar",
        outboxReason: { reason in
            switch reason {
            case .noMailCommand: "no hay comando de correo (ajuste mail-command, p. ej. msmtp)"
            case .noShopEmail: "falta la dirección del negocio (ajuste shop-email)"
            case .noRecipient: "el cliente no tiene email"
            }
        },
        sentTo: { "Enviado a \($0)." },
        queued: { "No enviado — espera en la bandeja de salida: \($0). ctrl+y muestra la bandeja." },
        failed: { "No enviado — el comando de correo falló: \($0). Espera en la bandeja de salida (ctrl+y)." },
        busy: "Otro puesto está enviando este mensaje ahora mismo.",
        retried: { sent, waiting in "\(sent) enviado(s), \(waiting) aún en espera." },
        dropped: "Descartado de la bandeja de salida; Conversaciones lo conserva, marcado descartado.",
        nothingSelected: "Elija primero un mensaje.",
        dropTitle: "¿Descartar este mensaje?",
        dropMessage: { subject, name in "«\(subject)» para \(name) no se enviará. Conversaciones lo conserva, marcado descartado." },
        discardTitle: "¿No enviar?",
        discardMessage: "Se pierden los cambios del mensaje; no se envía nada.",
        refusal: { refusal in
            switch refusal {
            case .nothingOverdue: "Este cliente no tiene nada vencido."
            case .unsubscribed: "El cliente se dio de baja del email: no se envía la invitación."
            case .bookingNotFound: "Esa cita ya no es de este cliente."
            case .noCompletedBooking: "No hay cita completada que cobrar: marque primero la cita completada (F5 en la pestaña Citas)."
            case .bookingNotCompleted(let status): "Esa cita está «\(AppText.current.words.bookingStatus(status).lowercased())», no completada: márquela completada primero."
            case .alreadyCharged(let money): "Esa cita ya está pagada (\(AppText.current.money(money))) y no hay nada pendiente."
            case .noAmount: "No hay nada pendiente en esa cita: escriba el importe recibido."
            case .cardNotFound: "Esa tarjeta ya no está registrada."
            case .cardExpired(let card): "La tarjeta \(card.maskedLabel) ha caducado."
            }
        })
}
