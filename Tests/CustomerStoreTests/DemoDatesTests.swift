import Foundation
import GRDB
import Testing
import ClienteleTestSupport
@testable import CustomerCore
@testable import CustomerStore

/// Issue 12, point 22: demo data never dates a note, a visit, a profile or a loyalty entry after
/// now; only scheduled bookings (the "next booking") and reminders and due dates lie ahead.
@Suite struct DemoDatesTests {
    @Test(arguments: [(UInt64(1), 40), (UInt64(42), 120), (UInt64(7), 300)])
    func nothingThatHappenedIsDatedInTheFuture(seed: UInt64, count: Int) throws {
        let temp = try TemporaryStore(region: "US")
        let now = Date(timeIntervalSince1970: 1_796_000_000)  // 2026-11-30, a fixed clock
        _ = try temp.store.demo.load(count: count, seed: seed, now: now)
        let limit = StoredTime.encode(now)
        let queries = [
            "SELECT count(*) FROM note WHERE created_at > ?1 OR updated_at > ?1",
            "SELECT count(*) FROM booking WHERE status <> 'scheduled' AND starts_at > ?1",
            "SELECT count(*) FROM customer WHERE created_at > ?1 OR updated_at > ?1 OR last_activity_at > ?1",
            "SELECT count(*) FROM loyalty_entry WHERE created_at > ?1",
            "SELECT count(*) FROM payment WHERE paid_at > ?1",
            "SELECT count(*) FROM conversation_message WHERE created_at > ?1",
        ]
        let counts = try temp.store.database.writer.read { db throws -> [Int] in
            try queries.map { try Int.fetchOne(db, sql: $0, arguments: [limit]) ?? -1 }
        }
        #expect(counts == queries.map { _ in 0 }, "\(zip(queries, counts).filter { $0.1 != 0 })")
        #expect(try temp.store.database.writer.read { db throws -> Int in try Int.fetchOne(db, sql: "SELECT count(*) FROM note") ?? 0 } > 0)
    }
}
