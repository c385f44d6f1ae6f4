import CustomerCore
import Foundation
import TerminalCore

/// Adding or editing a booking (ctrl+a on the Bookings tab, enter on a booking): when (typed as the
/// shop writes times: "2026-12-03 10:00", "3/12 10h", "tomorrow 4pm"), service, staff, minutes,
/// status, a note. An overlap with the same staff member's bookings is shown as it is typed, and
/// does not stop the save. ctrl+s saves; Escape asks before dropping edits.
public struct BookingFormState: ModalContent {
    public enum Field: Int, CaseIterable, Sendable { case when, service, staff, minutes, status, note }

    public let customerID: CustomerID
    public let customerName: String
    /// The booking being edited; nil for a new one.
    public let original: Booking?
    public var when = TextField(maxLength: 80)
    public var service = TextField(maxLength: 200)
    public var staff = TextField(maxLength: 100)
    public var minutes = TextField(maxLength: 4)
    public var status: Booking.Status
    public var note = TextField(maxLength: 2000)
    public var focus: Field = .when
    /// When the typed time resolves to, shown beside it; nil when empty or not understood.
    public var whenPreview: Date?
    /// The save found the time or the minutes not understood.
    public var whenProblem = false
    public var minutesProblem = false
    /// Why the store refused the last save.
    public var problems: [ValidationIssue] = []
    /// Other bookings of the same staff member at that time (flagged, not refused), and what they answer.
    public var overlaps: [BookingConflict] = []
    public var overlapQuery: BookingOverlapQuery?
    public var isSaving = false

    public init(customerID: CustomerID, customerName: String, booking: Booking? = nil, now: Date) {
        self.customerID = customerID
        self.customerName = customerName
        original = booking
        status = booking?.status ?? .scheduled
        when.setText(booking.map { DateText.typeable($0.startsAt) } ?? "")
        service.setText(booking?.service ?? "")
        staff.setText(booking?.staff ?? "")
        minutes.setText(String(booking?.durationMinutes ?? 60))
        note.setText(booking?.notes ?? "")
    }

    public var scope: KeyScope { .bookingForm }

    /// Every field but the status is typed; ctrl+n / ctrl+p change the status.
    public var takesPrintableCharacters: Bool { focus != .status }

    var hasEdits: Bool {
        let before = original.map { (DateText.typeable($0.startsAt), $0.service, $0.staff, String($0.durationMinutes), $0.status, $0.notes) }
            ?? ("", "", "", "60", .scheduled, "")
        return (when.text, service.text, staff.text, minutes.text, status, note.text) != before
    }

    /// The typed minutes, when they are a number.
    var typedMinutes: Int? { Int(minutes.text.trimmingCharacters(in: .whitespaces)) }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        let reply = respond(to: key, action: action, app: &app, update: update)
        let now = update.clock()
        whenPreview = try? ReminderTime.parse(when.text, now: now, monthFirst: ReminderTime.monthFirst(region: update.region))
        // The overlap check follows the draft: a new question whenever its time, length or staff changed.
        guard let start = whenPreview, let length = typedMinutes, (5...1440).contains(length),
              !staff.text.trimmingCharacters(in: .whitespaces).isEmpty, status != .cancelled else {
            overlaps = []
            overlapQuery = nil
            return reply
        }
        let query = BookingOverlapQuery(bookingID: original?.id, startsAt: start, minutes: length, staff: staff.text)
        guard query != overlapQuery, reply.keepsOpen else { return reply }
        overlapQuery = query
        return ModalReply(keepsOpen: true, effects: reply.effects + [.bookings(.checkOverlaps(query, customerID: customerID))])
    }

    mutating func respond(to key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .bookingForm(let action)? = action else { return typed(key) }
        switch action {
        case .saveBooking: return save(update: update)
        case .nextField: focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count) ?? .when
        case .previousField: focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count) ?? .when
        case .nextOption, .previousOption:
            let all = Booking.Status.allCases
            let index = all.firstIndex(of: status) ?? 0
            status = all[(index + (action == .nextOption ? 1 : all.count - 1)) % all.count]
        case .cancelModal: return cancel(app: &app, update: update)
        }
        return .stay
    }

    mutating func typed(_ key: KeyEvent) -> ModalReply {
        switch focus {
        case .when: if when.handle(key) { whenProblem = false }
        case .service: if service.handle(key) { problems = [] }
        case .staff: _ = staff.handle(key)
        case .minutes: if minutes.handle(key) { minutesProblem = false }
        case .status: break
        case .note: _ = note.handle(key)
        }
        return .stay
    }

    /// The booking as it would be saved, or what is not understood.
    mutating func save(update: AppUpdate) -> ModalReply {
        guard !isSaving else { return .stay }
        let now = update.clock()
        guard let start = try? ReminderTime.parse(when.text, now: now, monthFirst: ReminderTime.monthFirst(region: update.region)) else {
            whenProblem = true
            focus = .when
            return .stay
        }
        guard let length = typedMinutes else {
            minutesProblem = true
            focus = .minutes
            return .stay
        }
        var booking = original ?? Booking(customerID: customerID, startsAt: start, durationMinutes: length, service: "")
        booking.startsAt = start
        booking.durationMinutes = length
        booking.service = service.text
        booking.staff = staff.text.trimmingCharacters(in: .whitespaces)
        booking.status = status
        booking.notes = note.text
        isSaving = true
        return .stay([.bookings(.save(booking))])
    }

    public mutating func cancel(app: inout AppState, update: AppUpdate) -> ModalReply {
        guard hasEdits else { return .close }
        app.modals.push(ConfirmState(BookingsQuestion.discardForm, onYes: ConfirmYes(closesModalBelow: true)))
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        BookingFormView(theme: context.theme).draw(self, in: screen, on: &buffer)
    }
}
