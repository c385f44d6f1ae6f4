import Foundation
import CustomerCore
import CustomerStore
import GRDB

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
        print("merge: " + DuplicatesBench.goal("apply p50 under 50 ms", met: merges.percentile(50) < 50)
              + "; " + DuplicatesBench.goal("undo p50 under 50 ms", met: undos.percentile(50) < 50))
    }

    /// Two profiles of one person, each with its documents (through the store, which checks the
    /// magic bytes and stores the files), notes and bookings (inserted in one transaction: filling
    /// is not what is measured, and 300 single-row transactions a profile would dominate the run).
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
            try store.database.writer.write { db in
                let note = try db.makeStatement(sql: "INSERT INTO note (customer_id, body, is_pinned, created_at, updated_at) VALUES (?, ?, 0, ?, ?)")
                for index in 0..<notes {
                    let time = Int64(start.timeIntervalSince1970 * 1000) + Int64(index) * 60_000
                    try note.execute(arguments: [id, "Visit \(index): trim and colour, side \(side)", time, time])
                }
                let booking = try db.makeStatement(sql: """
                    INSERT INTO booking (customer_id, starts_at, duration_minutes, service, staff, status, notes) VALUES (?, ?, 45, ?, 'Lu', 'completed', '')
                    """)
                for index in 0..<bookings {
                    try booking.execute(arguments: [id, Int64(start.timeIntervalSince1970 * 1000) + Int64(index) * 86_400_000, "Cut \(index)"])
                }
            }
        }
        return ids
    }

    /// After the undo both profiles hold exactly what they held before (a bench that timed a
    /// broken merge would print meaningless figures).
    func verify(_ store: ClienteleStore, _ pair: [CustomerID]) throws {
        for id in pair {
            let counts = try store.database.writer.read { db in
                try [("attachment", documents), ("note", notes), ("booking", bookings)].map { table, expected in
                    (table, expected, try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE customer_id = ?", arguments: [id]) ?? 0)
                }
            }
            for (table, expected, found) in counts where expected != found {
                throw Mismatch(description: "after merge and undo, customer \(id) has \(found) rows in \(table), expected \(expected)")
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
