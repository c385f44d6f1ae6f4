import Foundation
import CustomerCore
import CustomerStore

/// The time of `merges.apply(plan)` and of its undo on two profiles holding 50 documents, 200
/// notes and 100 bookings each (together at the 100-document limit, so nothing is dropped).
/// Each repetition merges a freshly filled pair, so no run profits from an earlier one's rows.
struct MergeTimingBench {
    let work: URL
    let repetitions = 20
    let documents = 50, notes = 200, bookings = 100

    func run() throws {
        let store = ClienteleStore(database: try AppDatabase(path: work.appendingPathComponent("merge.sqlite").path), region: "US")
        // Some bystanders, so the tables' indexes are not trivially small.
        _ = try store.customers.insertBatch(DemoCustomers.make(count: 20_000, seed: 7, shopRegion: "US") { PhoneNumberParser(defaultRegion: $0) })
        var fillSeconds = 0.0
        var merges = Samples(), undos = Samples(), plans = Samples()
        for repetition in 0..<repetitions {
            var pair: [CustomerID] = []
            fillSeconds += try Stopwatch.measure { pair = try fillPair(store, repetition: repetition) } / 1000
            var plan: MergePlan!
            plans.add(try Stopwatch.measure { plan = try store.merges.proposedPlan(pair[0], pair[1]) })
            var record: MergeRecord!
            merges.add(try Stopwatch.measure { record = try store.merges.apply(plan) })
            undos.add(try Stopwatch.measure { _ = try store.merges.undo(mergeID: record.id) })
            try verify(store, pair)
        }
        print(String(format: "merge: %d pairs of profiles with %d documents, %d notes, %d bookings each (filled in %.1f s)",
                     repetitions, documents, notes, bookings, fillSeconds))
        Report.latency("proposedPlan (loads both cards)", plans, floor: nil)
        Report.latency("merges.apply(plan)", merges, floor: nil)
        Report.latency("merges.undo(mergeID:)", undos, floor: nil)
        Scorecard.ceiling("merge of two full profiles, p50", merges.percentile(50), unit: "ms", atMost: 50)
        Scorecard.ceiling("undo of that merge, p50", undos.percentile(50), unit: "ms", atMost: 50)
    }

    /// Two profiles of one person, each with its documents (through the store, which checks the
    /// magic bytes and stores the files), notes and bookings (each kind in one transaction through
    /// the store's batch inserts: filling is not what is measured, and 300 single-row transactions
    /// a profile would dominate the run).
    func fillPair(_ store: ClienteleStore, repetition: Int) throws -> [CustomerID] {
        let people = [
            Customer(givenName: "Ana", familyName: "García", emailAddress: "ana.garcia\(repetition)@example.com", referenceID: "M\(repetition)A"),
            Customer(givenName: "Ana", familyName: "Garcia", emailAddress: "Ana.Garcia\(repetition)@Example.com", referenceID: "M\(repetition)B"),
        ]
        let ids = try store.customers.insertBatch(people)
        let start = Date().addingTimeInterval(-86_400 * 400)
        for (side, id) in ids.enumerated() {
            for index in 0..<documents {
                // Distinct bytes per document: content-addressed files would otherwise collapse into one.
                let data = index % 2 == 0 ? Self.png(tag: "\(repetition)-\(side)-\(index)") : Self.pdf(tag: "\(repetition)-\(side)-\(index)")
                _ = try store.attachments.attach(data: data, fileName: "scan-\(index).\(index % 2 == 0 ? "png" : "pdf")", to: id,
                                                 now: start.addingTimeInterval(Double(index * 3600)))
            }
            try store.notes.insertBatch((0..<notes).map { index in
                let time = start.addingTimeInterval(Double(index) * 60)
                return Note(customerID: id, body: "Visit \(index): trim and colour, side \(side)", createdAt: time, updatedAt: time)
            })
            try store.bookings.insertBatch((0..<bookings).map { index in
                Booking(customerID: id, startsAt: start.addingTimeInterval(Double(index) * 86_400), durationMinutes: 45, service: "Cut \(index)",
                        staff: "Lu", status: .completed)
            })
        }
        return ids
    }

    /// After the undo both profiles hold exactly what they held before (a bench that timed a
    /// broken merge would print meaningless figures).
    func verify(_ store: ClienteleStore, _ pair: [CustomerID]) throws {
        for id in pair {
            guard let card = try store.customerCards.card(for: id) else {
                throw Mismatch(description: "after merge and undo, customer \(id) is gone")
            }
            let counts = [("documents", documents, card.attachments.count), ("notes", notes, card.notes.count), ("bookings", bookings, card.bookings.count)]
            for (part, expected, found) in counts where expected != found {
                throw Mismatch(description: "after merge and undo, customer \(id) has \(found) \(part), expected \(expected)")
            }
        }
    }

    struct Mismatch: Error, CustomStringConvertible { let description: String }

    /// The PNG signature and an IHDR-shaped chunk: enough for the magic-byte check.
    static func png(tag: String) -> Data {
        Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]) + Data("IHDR\(tag)".utf8)
    }

    static func pdf(tag: String) -> Data {
        Data("%PDF-1.4\n% \(tag)\n%%EOF\n".utf8)
    }
}
