import Foundation
import GRDB
import Testing
import ClienteleTestSupport
@testable import CustomerCore
@testable import CustomerStore

/// SQLite-specific, not part of the contract: what lands in the file and beside it — the bulk
/// insert's bound columns, the bytes of the database file, the attachments folder.
@Suite struct SQLiteFileTests {
    let now = Date(timeIntervalSince1970: 1_760_000_000)

    /// The bulk insert (imports, demo data) binds its texts from one shared buffer; every column
    /// must come out as the ordinary insert writes it — empty texts as '', absent ones as NULL,
    /// accents intact — across more than one 500-row statement.
    @Test func theBulkInsertStoresExactlyWhatTheOrdinaryInsertStores() throws {
        let temp = try TemporaryStore()
        let full = try temp.store.customers.create(Customer(
            givenName: "María", familyName: "Núñez", nickname: "Mari", companyName: "Café Olé",
            emailAddress: "Maria@Example.com", phoneNumber: "(415) 555-0134",
            address: PostalAddress(line1: "12 Main St", line2: "Apt 4", locality: "San Francisco", region: "CA", postalCode: "94110", country: "US"),
            birthday: Birthday("04-12"), referenceID: "R1", memo: "Line one\nLine two 🌷",
            emailSubscription: .subscribed, status: .lead, creationSource: .import))
        let bare = try temp.store.customers.create(Customer(givenName: "Li"))
        let templates = [full, bare]
        var batch: [Customer] = []
        for index in 0..<601 {
            var copy = templates[index % 2]
            copy.id = nil
            batch.append(copy)
        }
        let ids = try temp.store.customers.insertBatch(batch)
        #expect(ids.count == 601)
        try temp.store.database.writer.read { db in
            func stored(_ id: Int64) throws -> [String: DatabaseValue] {
                let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM customer WHERE id = ?", arguments: [id]))
                var values: [String: DatabaseValue] = [:]
                for column in row.columnNames where column != "id" { values[column] = row[column] as DatabaseValue }
                return values
            }
            let expected = try templates.map { try stored(try #require($0.id)) }
            #expect(expected[1]["email_normalized"] == .null && expected[1]["nickname"] == "".databaseValue)
            for (index, id) in ids.enumerated() {
                let row = try stored(id)
                #expect(row == expected[index % 2], "row \(index) (id \(id))")
                if row != expected[index % 2] { break }
            }
        }
    }

    @Test func attachmentBytesLiveBesideTheDatabaseAndGoWithTheirLastRow() throws {
        let temp = try TemporaryStore()
        let store = temp.store
        let customerID = try store.customers.create(Fixtures.maria()).id!
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])
        let attached = try store.attachments.attach(data: png, fileName: "before.png", to: customerID, now: now)
        let onDisk = store.attachments.files.url(forHash: attached.contentHash)
        #expect(onDisk.path.hasPrefix(temp.directory.path + "/attachments/"))
        #expect(try Data(contentsOf: onDisk) == png)
        try store.attachments.delete(id: attached.id!)
        #expect(!FileManager.default.fileExists(atPath: onDisk.path))
    }

    @Test func theFullCardNumberIsNeverWrittenToTheFile() throws {
        let temp = try TemporaryStore()
        let customerID = try temp.store.customers.create(Fixtures.maria()).id!
        let entry = try #require(CardNumberEntry("4242 4242 4242 4242"))
        _ = try temp.store.cardsOnFile.add(CardOnFile(customerID: customerID, holderName: "María", brand: entry.brand, lastFour: entry.lastFour,
                                                      expiryMonth: 4, expiryYear: 2027, authorizationOnFile: true))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: temp.path))
        #expect(bytes.range(of: Data("4242424242424242".utf8)) == nil)
        #expect(bytes.range(of: Data("4242 4242".utf8)) == nil)
    }
}
