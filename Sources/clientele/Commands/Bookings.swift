import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele bookings`: a customer's bookings, the day's bookings across customers, adding one and
/// setting its status (PRODUCT §3 Bookings).
struct Bookings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookings",
        abstract: "List a customer's bookings (upcoming first, then past) or a day's across customers; add one; set its status.",
        discussion: """
            clientele bookings ID, clientele bookings --day YYYY-MM-DD (in this machine's time zone, by time). \
            A booking overlapping another of the same staff member is flagged ("overlaps"), never refused. \
            Exit 0 done (also an empty list), 1 no such customer or booking, 3 a booking refused (no service, a duration \
            outside 5–1440 minutes, a card number, a time not understood; nothing stored), 64 bad usage, 4 a database problem.
            """,
        subcommands: [ListBookings.self, AddBooking.self, SetBookingStatus.self],
        defaultSubcommand: ListBookings.self)
}

struct BookingJSON: Encodable {
    let id: Int64
    let customerId: Int64
    let customerName: String?
    let startsAt: Date
    let endsAt: Date
    let minutes: Int
    let service: String
    let staff: String
    let status: String
    let notes: String
    let overlaps: Bool

    init(_ booking: Booking, customerName: String? = nil, overlaps: Bool) {
        id = booking.id ?? 0
        customerId = booking.customerID
        self.customerName = customerName
        startsAt = booking.startsAt
        endsAt = booking.endsAt
        minutes = booking.durationMinutes
        service = booking.service
        staff = booking.staff
        status = booking.status.commandLineName
        notes = booking.notes
        self.overlaps = overlaps
    }
}

extension Booking.Status: ExpressibleByArgument {
    public init?(argument: String) { self.init(commandLineName: argument) }
    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}

struct ListBookings: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(commandName: "list", abstract: "A customer's bookings, or a day's across customers.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64?
    @Option(help: ArgumentHelp("Every customer's bookings of that day, by time.", valueName: "YYYY-MM-DD")) var day: String?
    @Flag(help: "Print JSON: [{\"id\", \"customerId\", \"startsAt\", \"endsAt\", \"minutes\", \"service\", \"staff\", \"status\", \"notes\", \"overlaps\"}] (with \"customerName\" for --day).") var json = false

    func validate() throws {
        if (id == nil) == (day == nil) { throw ValidationError("give a customer's id or --day YYYY-MM-DD (one of them)") }
        if let day, CardWork.day(day) == nil { throw ValidationError("--day takes a date as YYYY-MM-DD, not “\(day)”") }
    }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        if let day, let start = CardWork.day(day) {
            let end = Calendar.current.date(byAdding: .day, value: 1, to: start)!
            let rows = try CardWork.run("bookings") { try opened.bookings.bookings(from: start, to: end, limit: Int.max) }
            if json {
                print(try JSONOutput.string(rows.map { BookingJSON($0.booking, customerName: $0.customerName, overlaps: $0.overlapsAnother) }))
                return
            }
            for row in rows {
                print(HumanText.row(Self.fields(row.booking, overlaps: row.overlapsAnother) + ["\(row.customerName) (\(row.booking.customerID))"]))
            }
            return
        }
        guard let id else { return }
        _ = try CardWork.customer(id, in: opened, command: "bookings")
        let bookings = try CardWork.run("bookings") { try opened.bookings.bookings(for: id) }
        // Overlaps with any customer's bookings of the same staff member, not only this customer's.
        let flagged = try CardWork.run("bookings") { try opened.bookings.overlappingIDs(among: bookings) }
        let ordered = Booking.cardOrder(bookings, now: Date())
        if json {
            print(try JSONOutput.string(ordered.map { BookingJSON($0, overlaps: $0.id.map(flagged.contains) ?? false) }))
            return
        }
        for booking in ordered { print(HumanText.row(Self.fields(booking, overlaps: booking.id.map(flagged.contains) ?? false))) }
    }

    static func fields(_ booking: Booking, overlaps: Bool) -> [String] {
        [String(booking.id ?? 0), CardWork.local(booking.startsAt), "\(booking.durationMinutes) min", booking.status.commandLineName,
         booking.service, booking.staff, overlaps ? "overlaps" : ""]
    }
}

struct AddBooking: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Book a customer; prints the booking's id.",
        discussion: "--at 2026-12-03 10:00 (also 3/12 10h, tomorrow 9am, friday 17:30). An overlap with the same staff member's booking is said on stderr; the booking is kept.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The customer's id.") var id: Int64
    @Option(help: ArgumentHelp("When it starts.", valueName: "YYYY-MM-DD HH:MM")) var at: String
    @Option(help: "The service.") var service: String
    @Option(help: ArgumentHelp("Who does it.", valueName: "NAME")) var staff: String = ""
    @Option(help: ArgumentHelp("How long, in minutes (5–1440).", valueName: "N")) var minutes: Int = 60
    @Option(help: "A note on the booking.") var note: String = ""
    @Flag(help: "Print JSON: {\"id\"}.") var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        _ = try CardWork.customer(id, in: opened, command: "bookings add")
        let startsAt = try CardWork.when(at, store: opened, command: "bookings add")
        let booking = Booking(customerID: id, startsAt: startsAt, durationMinutes: minutes, service: service, staff: staff, notes: note)
        let saved = try CardWork.run("bookings add") { try opened.bookings.save(booking, now: Date()) }
        let conflicts = try CardWork.run("bookings add") { try opened.bookings.conflicts(for: saved) }
        for conflict in conflicts {
            Stderr.print(HumanText.clean("clientele bookings add: overlaps booking \(conflict.booking.id ?? 0) of \(conflict.customerName) with \(conflict.booking.staff) at \(CardWork.local(conflict.booking.startsAt)) (kept)"))
        }
        if json {
            print(try JSONOutput.string(["id": saved.id ?? 0]))
        } else {
            print(saved.id ?? 0)
        }
    }
}

struct SetBookingStatus: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a booking's status.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The booking's id.") var bookingId: Int64
    @Option(help: "scheduled, completed, cancelled or no-show.") var status: Booking.Status

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        try CardWork.run("bookings set") { try opened.bookings.setStatus(id: bookingId, to: status, now: Date()) }
        say("Booking \(bookingId) \(status.commandLineName).")
    }
}
