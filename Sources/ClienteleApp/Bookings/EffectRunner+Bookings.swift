import CustomerCore
import Foundation

/// Saving bookings, setting their status, the overlap check and the day's bookings.
extension EffectRunner {
    func perform(_ effect: BookingsEffect) throws -> [Msg] {
        switch effect {
        case .save(let booking):
            do {
                let saved = try store.bookings.save(booking, now: clock())
                return [.bookings(.saved(saved, overlaps: try store.bookings.conflicts(for: saved)))]
            } catch StoreError.invalid(let failure) {
                return [.bookings(.saveRefused(failure.issues))]
            }
        case .setStatus(let id, let status):
            try store.bookings.setStatus(id: id, to: status, now: clock())
            return [.bookings(.statusSet(status))]
        case .checkOverlaps(let query, let customerID):
            let draft = Booking(id: query.bookingID, customerID: customerID, startsAt: query.startsAt, durationMinutes: query.minutes,
                                service: "-", staff: query.staff)
            return [.bookings(.overlapsChecked(query, try store.bookings.conflicts(for: draft)))]
        case .loadDay(let start, let end):
            return [.bookings(.dayLoaded(try store.bookings.bookings(from: start, to: end, limit: DaysBookingsState.limit + 1)))]
        }
    }

    /// The card's upcoming scheduled bookings (the first 50) that overlap another booking of the same
    /// staff member, any customer's: one indexed range read each.
    func upcomingOverlaps(of card: CustomerCard?) throws -> Set<Int64> {
        guard let card else { return [] }
        let now = clock()
        let upcoming = card.bookings.filter { $0.isUpcoming(at: now) && !$0.staffKey.isEmpty }.sorted { $0.startsAt < $1.startsAt }.prefix(50)
        return try store.bookings.overlappingIDs(among: Array(upcoming))
    }
}
