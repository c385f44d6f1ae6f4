import CustomerCore
import Foundation
import TerminalCore

/// The day's bookings (ctrl+b): today's and tomorrow's appointments across customers, by time, with
/// overlaps of the same staff member flagged; enter opens the customer's card.
public struct DaysBookingsState: ModalContent {
    /// Rows read at once (a shop's two days; more are not listed).
    public static let limit = 500

    /// The first moment of today (the shop's clock).
    public let dayStart: Date
    public var rows: [DayBooking] = []
    public var isLoading = true
    /// More than `limit` bookings fall in the two days: the screen says the list is cut.
    public var isCapped = false
    public var selected = 0

    public init(dayStart: Date) { self.dayStart = dayStart }

    /// The two days it shows: today from its first moment, tomorrow up to its last.
    public var range: (start: Date, end: Date) {
        (dayStart, Calendar.current.date(byAdding: .day, value: 2, to: dayStart) ?? dayStart.addingTimeInterval(2 * 86_400))
    }

    public var scope: KeyScope { .daysBookings }

    var selectedRow: DayBooking? { rows.indices.contains(selected) ? rows[selected] : nil }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .daysBookings(let action)? = action else { return .stay }
        switch action {
        case .moveDown: selected = min(max(0, rows.count - 1), selected + 1)
        case .moveUp: selected = max(0, selected - 1)
        case .pageDown: selected = min(max(0, rows.count - 1), selected + 10)
        case .pageUp: selected = max(0, selected - 10)
        case .openCard:
            guard let row = selectedRow else { return .stay }
            let id = row.booking.customerID
            var card = CardState(customerID: id)
            card.tab = .bookings
            app.card = card
            app.focus = .card
            return .close([.card(.load(id))])
        case .cancelModal: return .close
        }
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        DaysBookingsView(theme: context.theme).draw(self, in: screen, on: &buffer)
        return nil
    }
}
