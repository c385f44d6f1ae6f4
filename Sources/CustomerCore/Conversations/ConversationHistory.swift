import Foundation

/// The Conversations tab's history (PRODUCT §3): every message with its state, and the notes,
/// bookings and payments as events at their own time, newest first — one list for the card and
/// `clientele conversations`, so both tell the same story.
public struct ConversationHistory: Sendable {
    /// One thing that happened with the customer.
    public enum Entry: Hashable, Sendable {
        case message(ConversationMessage)
        case noteAdded(Note)
        /// Edited a minute or more after it was written.
        case noteEdited(Note)
        case reminderDone(Note)
        /// A booking whose time has come (scheduled ones ahead are not history yet).
        case booking(Booking)
        case payment(Payment)
    }

    public struct Event: Hashable, Sendable {
        public let at: Date
        public let entry: Entry
    }

    public let events: [Event]

    public init(card: CustomerCard, now: Date) {
        var events: [Event] = card.messages.map { Event(at: $0.createdAt, entry: .message($0)) }
        for note in card.notes {
            events.append(Event(at: note.createdAt, entry: .noteAdded(note)))
            if note.updatedAt.timeIntervalSince(note.createdAt) >= 60 { events.append(Event(at: note.updatedAt, entry: .noteEdited(note))) }
            if let done = note.reminder?.doneAt { events.append(Event(at: done, entry: .reminderDone(note))) }
        }
        events += card.payments.map { Event(at: $0.date, entry: .payment($0)) }
        events += card.bookings.filter { $0.startsAt <= now }.map { Event(at: $0.startsAt, entry: .booking($0)) }
        // Stable for events at the same moment: the order they were gathered in.
        self.events = events.enumerated().sorted { $0.element.at != $1.element.at ? $0.element.at > $1.element.at : $0.offset < $1.offset }.map(\.element)
    }
}

extension ConversationHistory.Event {
    /// The command line's words: what kind of event.
    public enum EventType: String, Sendable { case message, note, booking, payment }

    public var type: EventType {
        switch entry {
        case .message: .message
        case .noteAdded, .noteEdited, .reminderDone: .note
        case .booking: .booking
        case .payment: .payment
        }
    }

    public var id: Int64 {
        switch entry {
        case .message(let message): message.id ?? 0
        case .noteAdded(let note), .noteEdited(let note), .reminderDone(let note): note.id ?? 0
        case .booking(let booking): booking.id ?? 0
        case .payment(let payment): payment.id ?? 0
        }
    }

    /// payment_reminder, added, edited, reminder_done, the booking's service status, paid…
    public var kind: String {
        switch entry {
        case .message(let message): message.kind.rawValue
        case .noteAdded: "added"
        case .noteEdited: "edited"
        case .reminderDone: "reminder_done"
        case .booking(let booking): booking.status.rawValue
        case .payment(let payment): payment.status.rawValue
        }
    }

    /// A message's delivery (sent, queued, failed, dropped, received); empty for other events.
    public var state: String {
        if case .message(let message) = entry { return message.delivery.rawValue }
        return ""
    }

    public var subject: String {
        switch entry {
        case .message(let message): message.subject
        case .booking(let booking): booking.service
        case .payment(let payment): payment.amount.formatted
        case .noteAdded, .noteEdited, .reminderDone: ""
        }
    }

    public var text: String {
        switch entry {
        case .message(let message): message.body
        case .noteAdded(let note), .noteEdited(let note), .reminderDone(let note): note.body
        case .booking(let booking): booking.notes
        case .payment(let payment): payment.method
        }
    }
}
