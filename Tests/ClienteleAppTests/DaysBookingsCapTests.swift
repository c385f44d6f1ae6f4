import ClienteleTestSupport
import CustomerCore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// The day's bookings list is cut at 500 rows; a cut list says so and where to see every one,
/// instead of ending as if that were all.
@Suite struct DaysBookingsCapTests {
    @Test func aListCutAt500SaysSo() throws {
        let app = try AppDriver(size: Size(width: 120, height: 30)) { store in
            let id = try store.customers.create(Fixtures.maria()).id!
            let start = Calendar.current.startOfDay(for: AppDriver.now).addingTimeInterval(8 * 3_600)
            for index in 0...DaysBookingsState.limit {
                _ = try store.bookings.save(Booking(customerID: id, startsAt: start.addingTimeInterval(TimeInterval(index * 60)), durationMinutes: 5,
                                                    service: "Slot \(index)"), now: AppDriver.now)
            }
        }
        app.press(.control("b"))
        #expect(app.screen.contains("Only the first 500 are listed: clientele bookings --day YYYY-MM-DD lists every one."), "\(app.screen)")
        #expect(app.state.modals.first(DaysBookingsState.self)?.rows.count == 500)
    }

    @Test func aListUnderTheCapSaysNothingOfTheKind() throws {
        let app = try AppDriver(size: Size(width: 120, height: 30)) { store in
            let id = try store.customers.create(Fixtures.maria()).id!
            _ = try store.bookings.save(Booking(customerID: id, startsAt: AppDriver.now.addingTimeInterval(3_600), durationMinutes: 30, service: "Cut"), now: AppDriver.now)
        }
        app.press(.control("b"))
        #expect(!app.screen.contains("Only the first"), "\(app.screen)")
    }
}
