import CustomerCore
import Foundation

/// The Bookings tab's keys (add, edit, cancel, completed, no-show), the day's bookings screen, and
/// the store's answers.
enum BookingsUpdate {
    /// ctrl+a on the Bookings tab: a new booking for the open card's customer.
    static func openNew(_ state: inout AppState, now: Date) -> [Effect] {
        guard let card = state.card, let customer = card.card?.customer else { return [] }
        state.modals.push(BookingFormState(customerID: card.customerID, customerName: customer.displayName, now: now))
        return []
    }

    /// enter on a booking: edit it.
    static func openSelected(_ state: inout AppState, now: Date) -> [Effect] {
        guard let card = state.card, let booking = card.selectedBooking(now: now), let customer = card.card?.customer else {
            state.say(BookingsNote.noBookingSelected)
            return []
        }
        var form = BookingFormState(customerID: card.customerID, customerName: customer.displayName, booking: booking, now: now)
        // The overlaps the tab flagged are shown at once; typing asks again.
        form.overlapQuery = nil
        state.modals.push(form)
        return booking.staffKey.isEmpty || booking.status == .cancelled ? [] : [.bookings(.checkOverlaps(
            BookingOverlapQuery(bookingID: booking.id, startsAt: booking.startsAt, minutes: booking.durationMinutes, staff: booking.staff),
            customerID: booking.customerID))]
    }

    /// del on a booking: cancels it (it stays listed, as cancelled) after asking.
    static func askToCancel(_ state: inout AppState, now: Date) -> [Effect] {
        guard let booking = state.card?.selectedBooking(now: now), let id = booking.id else {
            state.say(BookingsNote.noBookingSelected)
            return []
        }
        state.modals.push(ConfirmState(BookingsQuestion.cancel(booking), onYes: ConfirmYes(effects: [.bookings(.setStatus(bookingID: id, .cancelled))])))
        return []
    }

    /// F5 / F6 on a booking: completed or a no-show, in one key.
    static func mark(_ status: Booking.Status, _ state: inout AppState, now: Date) -> [Effect] {
        guard let booking = state.card?.selectedBooking(now: now), let id = booking.id else {
            state.say(BookingsNote.noBookingSelected)
            return []
        }
        return [.bookings(.setStatus(bookingID: id, status))]
    }

    /// ctrl+b: today's and tomorrow's bookings across customers.
    static func openDay(_ state: inout AppState, now: Date) -> [Effect] {
        let screen = state.modals.first(DaysBookingsState.self) ?? DaysBookingsState(dayStart: Calendar.current.startOfDay(for: now))
        if state.modals.first(DaysBookingsState.self) == nil { state.modals.push(screen) }
        return [.bookings(.loadDay(from: screen.range.start, to: screen.range.end))]
    }

    /// The day's screen, if open, reloads after a booking changed anywhere.
    static func reloadDayIfOpen(_ state: AppState) -> [Effect] {
        guard let screen = state.modals.first(DaysBookingsState.self) else { return [] }
        return [.bookings(.loadDay(from: screen.range.start, to: screen.range.end))]
    }

    static func receive(_ msg: BookingsMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .saved(let booking, let overlaps):
            state.modals.removeAll(BookingFormState.self)
            state.say(BookingsNote.saved(booking.startsAt, overlaps: overlaps.count))
            if state.card?.customerID == booking.customerID { state.card?.tab = .bookings }
            return CardUpdate.reload(state) + reloadDayIfOpen(state)
        case .saveRefused(let issues):
            state.modals.update(BookingFormState.self) { form in
                form.isSaving = false
                form.problems = issues
            }
            return []
        case .statusSet(let status):
            state.say(BookingsNote.statusSet(status))
            return CardUpdate.reload(state) + reloadDayIfOpen(state)
        case .overlapsChecked(let query, let overlaps):
            state.modals.update(BookingFormState.self) { form in
                if form.overlapQuery == nil || form.overlapQuery == query {
                    form.overlapQuery = query
                    form.overlaps = overlaps
                }
            }
            return []
        case .cardOverlapsLoaded(let id, let overlapping):
            if state.card?.customerID == id { state.card?.overlappingBookings = overlapping }
            return []
        case .dayLoaded(let rows):
            state.modals.update(DaysBookingsState.self) { screen in
                // One more than shown is read, so that a capped list says so instead of ending silently.
                screen.isCapped = rows.count > DaysBookingsState.limit
                screen.rows = Array(rows.prefix(DaysBookingsState.limit))
                screen.isLoading = false
                screen.selected = max(0, min(screen.selected, rows.count - 1))
            }
            return []
        }
    }
}
