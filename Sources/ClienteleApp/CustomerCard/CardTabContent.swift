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

    func wrapped(_ text: String, indent: Int = 2, role: ThemeRole = .text) -> [CardLine] {
        Paragraph.wrap(text, width: max(10, width - indent)).map { CardLine(text: $0, role: role, indent: indent) }
    }

    func main() -> [CardLine] {
        var lines: [CardLine] = []
        lines.append(.field("Status", customer.status.label))
        lines.append(.field("Phone", phones.text(e164: customer.phoneE164, typed: customer.phoneNumber)))
        lines.append(.field("Email", customer.emailAddress))
        lines.append(.field("Groups", card.groups.map(\.name).joined(separator: ", ")))
        if let account = card.loyaltyAccount {
            lines.append(.field("Loyalty", "\(account.balance) points (\(account.phoneE164))"))
        } else {
            lines.append(.field("Loyalty", "not enrolled"))
        }
        if let next = card.nextBooking(after: now) {
            lines.append(.field("Next booking", "\(DateText.dateTime(next.startsAt)) · \(next.service)\(next.staff.isEmpty ? "" : " with \(next.staff)")"))
        } else {
            lines.append(.field("Next booking", "none scheduled"))
        }
        let overdue = card.amountOverdue(at: now)
        var overdueLine = CardLine.field("Overdue", overdue.isEmpty ? "nothing" : overdue.map(\.formatted).joined(separator: " + "))
        if !overdue.isEmpty { overdueLine.role = .alert }
        lines.append(overdueLine)
        lines.append(.field("Saved cards", card.cards.isEmpty ? "none" : card.cards.map { "\($0.maskedLabel) exp \($0.expiryText)" }.joined(separator: ", ")))
        let kept = merges.filter { !$0.isUndone }
        for (index, record) in kept.enumerated() {
            lines += wrapped(AppText.mergedFrom(record, undoable: index == 0), indent: 0, role: .muted)
        }
        lines.append(.blank)

        let due = card.dueReminders(at: now)
        if !due.isEmpty {
            lines.append(CardLine(text: "Reminders due (\(due.count))", role: .alert))
            for note in due { lines += wrapped("⏰ \(DateText.dateTime(note.reminder!.dueAt)) — \(note.body)", role: .alert) }
            lines.append(.blank)
        }
        lines.append(.heading("Notes (\(card.notes.count))"))
        if card.notes.isEmpty { lines.append(CardLine(text: "No notes yet.", role: .muted, indent: 2)) }
        for note in card.notes {
            var head = (note.isPinned ? "📌 " : "") + DateText.dateTime(note.createdAt)
            if let reminder = note.reminder {
                head += reminder.doneAt != nil ? " · reminder done" : " · reminder \(DateText.dateTime(reminder.dueAt))"
            }
            lines.append(CardLine(text: head, role: .muted, indent: 2))
            lines += wrapped(note.body, indent: 4)
        }
        lines.append(.blank)
        lines.append(.heading("Loyalty activity"))
        if card.loyaltyEntries.isEmpty { lines.append(CardLine(text: "No loyalty activity.", role: .muted, indent: 2)) }
        for entry in card.loyaltyEntries.prefix(20) {
            let points = entry.points == 0 ? "" : (entry.points > 0 ? "+\(entry.points)" : "\(entry.points)")
            lines.append(CardLine(text: "\(DateText.short(entry.createdAt))  \(DisplayWidth.pad(entry.kind.label, toWidth: 16))\(DisplayWidth.pad(points, toWidth: 7))\(entry.reason)", indent: 2))
        }
        return lines
    }

    func info() -> [CardLine] {
        var lines: [CardLine] = [.heading("Profile")]
        for field in CustomerField.allCases where field != .memo {
            lines.append(.field(field.label, field.text(of: customer)))
        }
        lines.append(.field("Creation source", customer.creationSource.label))
        lines.append(.field("Created", DateText.dateTime(customer.createdAt)))
        lines.append(.field("Updated", DateText.dateTime(customer.updatedAt)))
        lines.append(.field("Version", String(customer.version)))
        lines.append(.blank)
        lines.append(.heading("Memo"))
        lines += customer.memo.isEmpty ? [CardLine(text: "No memo.", role: .muted, indent: 2)] : wrapped(customer.memo)
        lines.append(.blank)
        lines.append(.heading("Custom fields"))
        if card.customFields.isEmpty { lines.append(CardLine(text: "No custom fields defined.", role: .muted, indent: 2)) }
        for definition in card.customFields {
            lines.append(.field(definition.label, definition.id.flatMap { card.customValues[$0]?.displayText } ?? ""))
        }
        lines.append(.blank)
        lines.append(CardLine(text: "e edits every field, custom fields included.", role: .muted))
        return lines
    }

    func bookings() -> [CardLine] {
        guard !card.bookings.isEmpty else { return [CardLine(text: "No bookings yet.", role: .muted)] }
        let upcoming = card.bookings.filter { $0.startsAt >= now }.sorted { $0.startsAt < $1.startsAt }
        let past = card.bookings.filter { $0.startsAt < now }.sorted { $0.startsAt > $1.startsAt }
        func line(_ booking: Booking) -> CardLine {
            let role: ThemeRole = switch booking.status {
            case .cancelled, .noShow: .muted
            case .scheduled: .accent
            case .completed: .text
            }
            return CardLine(text: "\(DateText.dateTime(booking.startsAt))  \(DisplayWidth.pad(booking.status.label, toWidth: 10)) \(DisplayWidth.pad("\(booking.durationMinutes) min", toWidth: 7)) \(booking.service)\(booking.staff.isEmpty ? "" : " · \(booking.staff)")", role: role, indent: 2)
        }
        var lines: [CardLine] = [.heading("Upcoming (\(upcoming.count))")]
        lines += upcoming.isEmpty ? [CardLine(text: "Nothing scheduled.", role: .muted, indent: 2)] : upcoming.map(line)
        lines.append(.blank)
        lines.append(.heading("Past (\(past.count))"))
        lines += past.isEmpty ? [CardLine(text: "No past appointments.", role: .muted, indent: 2)] : past.map(line)
        return lines
    }

    func payments() -> [CardLine] {
        guard !card.payments.isEmpty else { return [CardLine(text: "No payments or amounts due.", role: .muted)] }
        var lines: [CardLine] = []
        let overdue = card.amountOverdue(at: now)
        if !overdue.isEmpty { lines.append(CardLine(text: "Overdue: " + overdue.map(\.formatted).joined(separator: " + "), role: .alert)) }
        lines.append(.heading("Date        Status     Amount           Due         Method    Reference"))
        for payment in card.payments {
            let status = payment.effectiveStatus(at: now)
            let role: ThemeRole = switch status {
            case .overdue: .alert
            case .due: .accent
            case .refunded: .muted
            case .paid: .text
            }
            let due = payment.dueDate.map(DateText.short) ?? ""
            lines.append(CardLine(text: "\(DateText.short(payment.date))  \(DisplayWidth.pad(status.label, toWidth: 10)) \(DisplayWidth.pad(payment.amount.formatted, toWidth: 16)) \(DisplayWidth.pad(due, toWidth: 11)) \(DisplayWidth.pad(payment.method, toWidth: 9)) \(payment.reference)", role: role))
        }
        return lines
    }

    func documents() -> [CardLine] {
        guard !card.attachments.isEmpty else { return [CardLine(text: "No documents. PDF, JPEG, GIF or PNG, up to 20 MB each, 100 per customer.", role: .muted)] }
        var lines: [CardLine] = [.heading("\(card.attachments.count) of \(AttachmentRules.maximumFilesPerCustomer) documents")]
        for attachment in card.attachments {
            lines.append(CardLine(text: "\(DisplayWidth.pad(attachment.fileName, toWidth: 32)) \(DisplayWidth.pad(attachment.fileType.label, toWidth: 5)) \(DisplayWidth.pad(ByteCountText.format(attachment.byteCount), toWidth: 9)) \(DateText.short(attachment.createdAt))", indent: 2))
        }
        return lines
    }

    func conversations() -> [CardLine] {
        // Messages, notes, payments and bookings as one history, newest first, so nothing is lost.
        var events: [(date: Date, lines: [CardLine])] = []
        for message in card.messages {
            let head = "\(DateText.dateTime(message.createdAt))  \(message.kind.label) · \(message.channel.rawValue) · \(message.delivery.label)"
            events.append((message.createdAt, [CardLine(text: head, role: message.delivery == .queued ? .alert : .muted, indent: 0)]
                + (message.subject.isEmpty ? [] : [CardLine(text: message.subject, role: .title, indent: 2)]) + wrapped(message.body)))
        }
        for note in card.notes {
            events.append((note.createdAt, [CardLine(text: "\(DateText.dateTime(note.createdAt))  Note", role: .muted)] + wrapped(note.body)))
        }
        for payment in card.payments {
            events.append((payment.date, [CardLine(text: "\(DateText.dateTime(payment.date))  Payment \(payment.effectiveStatus(at: now).label.lowercased()) · \(payment.amount.formatted)", role: .muted)]))
        }
        for booking in card.bookings where booking.startsAt <= now {
            events.append((booking.startsAt, [CardLine(text: "\(DateText.dateTime(booking.startsAt))  Booking \(booking.status.label.lowercased()) · \(booking.service)", role: .muted)]))
        }
        guard !events.isEmpty else { return [CardLine(text: "No conversations yet.", role: .muted)] }
        return events.sorted { $0.date > $1.date }.flatMap { $0.lines + [.blank] }
    }
}
