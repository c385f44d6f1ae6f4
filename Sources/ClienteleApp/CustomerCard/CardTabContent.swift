import CustomerCore
import Foundation
import TerminalCore

/// The lines each tab shows for a card, built from the loaded data; empty tabs say so.
struct CardTabContent {
    let card: CustomerCard
    let now: Date
    let width: Int
    let phones: PhoneDisplay
    /// Merges this profile kept, newest first; those not undone are listed on the Main tab.
    var merges: [MergeRecord] = []
    /// Bookings overlapping another of the same staff member: marked on the Bookings tab.
    var flaggedBookings: Set<Int64> = []

    func lines(for tab: CardTab) -> [CardLine] {
        switch tab {
        case .main: main()
        case .info: info()
        case .bookings: bookings()
        case .payments: payments()
        case .documents: documents()
        case .conversations: conversations()
        }
    }

    var customer: Customer { card.customer }
    var text: AppText { AppText.current }

    /// The payment rows' column titles, padded to the widths the rows use (so any language lines up).
    func paymentsHeader() -> String {
        let widths = [12, 11, 17, 12, 10]
        return zip(text.paymentColumns, widths).map { DisplayWidth.pad($0, toWidth: $1) }.joined() + (text.paymentColumns.last ?? "")
    }

    /// A profile field as the card shows it: statuses and subscriptions in the interface's language.
    func shownValue(of field: CustomerField) -> String {
        switch field {
        case .status: text.words.status(customer.status)
        case .emailSubscription: text.words.subscription(customer.emailSubscription)
        default: field.text(of: customer)
        }
    }

    func wrapped(_ text: String, indent: Int = 2, role: ThemeRole = .text) -> [CardLine] {
        Paragraph.wrap(text, width: max(10, width - indent)).map { CardLine(text: $0, role: role, indent: indent) }
    }

    func main() -> [CardLine] {
        var lines: [CardLine] = []
        lines.append(.field(text.fieldStatus, text.words.status(customer.status)))
        lines.append(.field(text.fieldPhone, phones.text(e164: customer.phoneE164, typed: customer.phoneNumber)))
        lines.append(.field(text.fieldEmail, customer.emailAddress))
        lines.append(.field(text.fieldGroups, card.groups.map(\.name).joined(separator: ", ")))
        if let account = card.loyaltyAccount {
            lines.append(.field(text.fieldLoyalty, text.loyaltyPoints(account.balance, account.phoneE164)))
        } else {
            lines.append(.field(text.fieldLoyalty, text.notEnrolled))
        }
        if let next = card.nextBooking(after: now) {
            lines.append(.field(text.fieldNextBooking, text.nextBooking(DateText.dateTime(next.startsAt), next.service, next.staff)))
        } else {
            lines.append(.field(text.fieldNextBooking, text.noneScheduled))
        }
        let overdue = card.amountOverdue(at: now)
        var overdueLine = CardLine.field(text.fieldOverdue, overdue.isEmpty ? text.nothingOverdue : overdue.map(text.money).joined(separator: " + "))
        if !overdue.isEmpty { overdueLine.role = .alert }
        lines.append(overdueLine)
        lines.append(.field(text.fieldSavedCards, card.cards.isEmpty ? text.noSavedCards : card.cards.map { text.savedCard($0.maskedLabel, $0.expiryText) + ($0.isExpired(at: now) ? " " + text.expiredMark : "") }.joined(separator: ", ")))
        // The quick actions (seed 004's "+"), with what applies to this customer first.
        let actions = text.messages.mainTabActions(!overdue.isEmpty, card.bookings.contains { $0.status == .completed })
        var actionsLine = CardLine.field(text.messages.quickActionsLabel, actions)
        actionsLine.role = .muted
        lines.append(actionsLine)
        let kept = merges.filter { !$0.isUndone }
        for (index, record) in kept.enumerated() {
            // A purged merge is still listed (it happened) but can no longer be undone.
            lines += wrapped(AppText.current.mergedFrom(record, index == 0 && !record.isPurged), indent: 0, role: .muted)
        }
        lines.append(.blank)

        let due = card.dueReminders(at: now)
        if !due.isEmpty {
            lines.append(CardLine(text: text.remindersDueHeading(due.count), role: .alert))
            for note in due { lines += wrapped("⏰ \(DateText.dateTime(note.reminder!.dueAt)) — \(note.body)", role: .alert) }
            lines.append(.blank)
        }
        lines.append(.heading(text.notesHeading(card.notes.count)))
        if card.notes.isEmpty { lines.append(CardLine(text: text.noNotes, role: .muted, indent: 2)) }
        for (index, note) in card.notes.enumerated() {
            var head = (note.isPinned ? "📌 " : "") + DateText.dateTime(note.createdAt)
            if note.updatedAt.timeIntervalSince(note.createdAt) >= 60 { head += text.noteEditedAt(DateText.dateTime(note.updatedAt)) }
            if let reminder = note.reminder {
                head += reminder.doneAt != nil ? text.reminderDone : text.reminderAt(DateText.dateTime(reminder.dueAt))
            }
            lines.append(CardLine(text: head, role: .muted, indent: 2, item: index))
            lines += wrapped(note.body, indent: 4).map { var line = $0; line.item = index; return line }
        }
        lines.append(.blank)
        lines.append(.heading(text.loyaltyActivity))
        if card.loyaltyEntries.isEmpty { lines.append(CardLine(text: text.noLoyaltyActivity, role: .muted, indent: 2)) }
        for entry in card.loyaltyEntries.prefix(20) {
            let points = entry.points == 0 ? "" : (entry.points > 0 ? "+\(entry.points)" : "\(entry.points)")
            lines.append(CardLine(text: "\(DateText.short(entry.createdAt))  \(DisplayWidth.pad(text.words.loyaltyKind(entry.kind), toWidth: 16))\(DisplayWidth.pad(points, toWidth: 7))\(entry.reason)", indent: 2))
        }
        return lines
    }

    func info() -> [CardLine] {
        var lines: [CardLine] = [.heading(text.profileHeading)]
        let fields = CustomerField.allCases.filter { $0 != .memo }
        // One column for the values, wide enough for the longest label in this language, so a
        // label never runs into its value ("Email subscriptionUnknown").
        let labels = fields.map(text.fieldLabel) + [text.fieldCreationSource, text.fieldCreated, text.fieldUpdated, text.fieldVersion]
        let labelWidth = min(28, max(18, (labels.map(DisplayWidth.of).max() ?? 0) + 2))
        for field in fields {
            lines.append(.field(text.fieldLabel(field), shownValue(of: field), width: labelWidth))
        }
        lines.append(.field(text.fieldCreationSource, text.words.creationSource(customer.creationSource), width: labelWidth))
        lines.append(.field(text.fieldCreated, DateText.dateTime(customer.createdAt), width: labelWidth))
        lines.append(.field(text.fieldUpdated, DateText.dateTime(customer.updatedAt), width: labelWidth))
        lines.append(.field(text.fieldVersion, String(customer.version), width: labelWidth))
        lines.append(.blank)
        lines.append(.heading(text.memoHeading))
        lines += customer.memo.isEmpty ? [CardLine(text: text.noMemo, role: .muted, indent: 2)] : wrapped(customer.memo)
        lines.append(.blank)
        lines.append(.heading(text.customFieldsHeading))
        if card.customFields.isEmpty { lines.append(CardLine(text: text.noCustomFields, role: .muted, indent: 2)) }
        for definition in card.customFields {
            lines.append(.field(definition.label, definition.id.flatMap { card.customValues[$0]?.displayText } ?? ""))
        }
        lines.append(.blank)
        lines.append(CardLine(text: text.editEveryField, role: .muted))
        return lines
    }

    func bookings() -> [CardLine] {
        guard !card.bookings.isEmpty else { return [CardLine(text: text.noBookings, role: .muted)] }
        // The items in the order the keys select them: upcoming (scheduled) soonest first, then the rest newest first.
        let ordered = Booking.cardOrder(card.bookings, now: now)
        let upcomingCount = ordered.prefix { $0.isUpcoming(at: now) }.count
        func line(_ booking: Booking, _ index: Int) -> [CardLine] {
            let flagged = booking.id.map(flaggedBookings.contains) ?? false
            let statusRole: ThemeRole = switch booking.status {
            case .cancelled, .noShow: .muted
            case .scheduled: .accent
            case .completed: .text
            }
            let role = flagged ? .alert : statusRole
            var lines = [CardLine(text: "\(DateText.dateTime(booking.startsAt))  \(DisplayWidth.pad(text.words.bookingStatus(booking.status), toWidth: 10)) \(DisplayWidth.pad(text.minutes(booking.durationMinutes), toWidth: 7)) \(booking.service)\(booking.staff.isEmpty ? "" : " · \(booking.staff)")\(flagged ? "  ⚠ " + text.overlapsMark : "")", role: role, indent: 2, item: index)]
            if !booking.notes.isEmpty {
                lines += wrapped(booking.notes, indent: 4, role: .muted).map { var line = $0; line.item = index; return line }
            }
            return lines
        }
        var lines: [CardLine] = [.heading(text.upcomingHeading(upcomingCount))]
        if upcomingCount == 0 { lines.append(CardLine(text: text.nothingScheduled, role: .muted, indent: 2)) }
        for (index, booking) in ordered.enumerated() where index < upcomingCount { lines += line(booking, index) }
        lines.append(.blank)
        lines.append(.heading(text.pastHeading(ordered.count - upcomingCount)))
        if ordered.count == upcomingCount { lines.append(CardLine(text: text.noPastAppointments, role: .muted, indent: 2)) }
        for (index, booking) in ordered.enumerated() where index >= upcomingCount { lines += line(booking, index) }
        return lines
    }

    func payments() -> [CardLine] {
        guard !card.payments.isEmpty else { return [CardLine(text: text.noPayments, role: .muted)] }
        var lines: [CardLine] = []
        let overdue = card.amountOverdue(at: now)
        if !overdue.isEmpty { lines.append(CardLine(text: text.overdueLine(overdue.map(text.money).joined(separator: " + ")), role: .alert)) }
        lines.append(.heading(paymentsHeader()))
        for (index, payment) in card.payments.enumerated() {
            let status = payment.effectiveStatus(at: now)
            let role: ThemeRole = switch status {
            case .overdue: .alert
            case .due: .accent
            case .refunded: .muted
            case .paid: .text
            }
            let due = payment.dueDate.map(DateText.short) ?? ""
            let method = Payment.Method(rawValue: payment.method).map(text.paymentMethod) ?? payment.method
            let booking = payment.bookingID.flatMap { id in card.bookings.first { $0.id == id } }
            let about = [payment.reference, booking.map { text.paymentForBooking(DateText.short($0.startsAt), $0.service) } ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
            lines.append(CardLine(text: "\(DateText.short(payment.date))  \(DisplayWidth.pad(text.words.paymentStatus(status), toWidth: 10)) \(DisplayWidth.pad(text.money(payment.amount), toWidth: 16)) \(DisplayWidth.pad(due, toWidth: 11)) \(DisplayWidth.pad(method, toWidth: 9)) \(about)", role: role, item: index))
        }
        return lines
    }

    func documents() -> [CardLine] {
        guard !card.attachments.isEmpty else { return [CardLine(text: text.noDocuments, role: .muted)] }
        var lines: [CardLine] = [.heading(text.documentsHeading(card.attachments.count, AttachmentRules.maximumFilesPerCustomer))]
        for (index, attachment) in card.attachments.enumerated() {
            lines.append(CardLine(text: "\(DisplayWidth.pad(DisplayWidth.truncate(attachment.fileName, toWidth: 31), toWidth: 32)) \(DisplayWidth.pad(attachment.fileType.label, toWidth: 5)) \(DisplayWidth.pad(ByteCountText.format(attachment.byteCount), toWidth: 9)) \(DateText.short(attachment.createdAt))", indent: 2, item: index))
        }
        return lines
    }

    func conversations() -> [CardLine] {
        // Messages, notes, payments and bookings as one history, newest first, so nothing is lost
        // (ConversationHistory: the same list `clientele conversations` prints).
        let history = ConversationHistory(card: card, now: now)
        guard !history.events.isEmpty else { return [CardLine(text: text.noConversations, role: .muted)] }
        return history.events.flatMap { event in lines(for: event) + [.blank] }
    }

    func lines(for event: ConversationHistory.Event) -> [CardLine] {
        let when = DateText.dateTime(event.at) + "  "
        switch event.entry {
        case .message(let message):
            // A received message says so once ("Received · email"), not again as its delivery state.
            let parts = [text.words.messageKind(message.kind), text.words.channel(message.channel)]
                + (message.kind == .received && message.delivery == .received ? [] : [text.words.delivery(message.delivery)])
                + (message.recipient.isEmpty ? [] : [message.recipient])
            var lines = [CardLine(text: when + parts.joined(separator: " · "), role: message.delivery.isWaiting ? .alert : .muted, indent: 0)]
            if message.delivery == .failed, !message.failure.isEmpty { lines.append(CardLine(text: "⚠ " + message.failure, role: .alert, indent: 2)) }
            if !message.subject.isEmpty { lines.append(CardLine(text: message.subject, role: .title, indent: 2)) }
            return lines + wrapped(message.body)
        case .noteAdded(let note):
            return [CardLine(text: when + text.noteEvent, role: .muted)] + wrapped(note.body)
        case .noteEdited(let note):
            return [CardLine(text: when + text.noteEditedEvent, role: .muted)] + wrapped(note.body)
        case .reminderDone(let note):
            return [CardLine(text: when + text.reminderDoneEvent, role: .muted)] + wrapped(note.body)
        case .payment(let payment):
            return [CardLine(text: when + text.paymentEvent(text.words.paymentStatus(payment.effectiveStatus(at: now)).lowercased(), text.money(payment.amount)), role: .muted)]
        case .booking(let booking):
            return [CardLine(text: when + text.bookingEvent(text.words.bookingStatus(booking.status).lowercased(), booking.service), role: .muted)]
        }
    }
}
