import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract: `Maintenance` (the integrity check, row counts) and demo data, once per backend.
@Suite struct MaintenanceTests {
    @Test(arguments: StoreBackend.all)
    func demoDataPassesTheIntegrityCheck(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let summary = try store.demo.load(count: 30)
        #expect(summary.customers == 30)
        #expect(try store.maintenance.integrityProblems().isEmpty)
        #expect(try store.maintenance.integrityProblems(quick: true).isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func rowCountsSayWhatIsStored(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        #expect(try store.maintenance.rowCounts()["customer"] == 0)
        let id = try store.customers.create(Fixtures.maria()).id!
        _ = try store.notes.save(Note(customerID: id, body: "Hello"))
        _ = try store.notes.save(Note(customerID: id, body: "Again"))
        let counts = try store.maintenance.rowCounts()
        #expect(counts["customer"] == 1 && counts["note"] == 2 && counts["booking"] == 0, "\(counts)")
    }
}
