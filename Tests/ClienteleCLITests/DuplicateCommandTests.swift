import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
import CustomerStore

/// `clientele duplicates` and `clientele merge` as scripts use them: the real binary, a real file.
@Suite(.serialized) struct DuplicateCommandTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-dup-cli")
    }

    /// Three people written twice: one email in another case, one phone typed another way, one
    /// name with a dropped accent and a typo at the same street written differently; and a bystander.
    func importThreeDuplicates() throws {
        let csv = directory.appendingPathComponent("people.csv").path
        try Data("""
            Reference ID,First Name,Last Name,Email Address,Phone Number,Street Address 1,City,State,Postal Code
            R1,Ana,García,ana@example.com,,1 Oak Ave,Austin,TX,73301
            R2,A.,Garcia,ANA@Example.com ,,,,,
            R3,Luis,Moreau,luis@example.org,+1 415 555 0199,,,,
            R4,Luis,Moreau,,(415) 555-0199,,,,
            R5,Chloé,Dubois,chloe@example.fr,,12 Main Street,Austin,TX,78701
            R6,Chloe,Duboiss,cd@other.example,,12 Main St.,Austin,TX,78701
            R7,Wei,Zhang,wei@example.com,,5 Elm Street,Austin,TX,78702

            """.utf8).write(to: URL(fileURLWithPath: csv))
        let outcome = try ClienteleProcess.run(["import", csv, "--db", db, "--region", "US", "--no-group"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
    }

    func run(_ arguments: [String]) throws -> ClienteleProcess.Outcome {
        try ClienteleProcess.run(arguments + ["--db", db, "--region", "US"])
    }

    @Test func ignoredPairsAreListedAndCanBeSuggestedAgain() throws {
        try importThreeDuplicates()
        #expect(try run(["duplicates", "--ignored"]).standardOutput.contains("no ignored pairs"))
        let clusters = try run(["duplicates", "--json"])
        #expect(clusters.standardOutput.contains("\"clusters\""))
        // Ignore Luis's pair the way the review does, through the store.
        let store = try ShopFolder.openStore(db)
        let luis = try #require(try store.duplicates.clusters().first { $0.reason.contains("phone") })
        try store.duplicates.ignore(luis)
        let listed = try run(["duplicates", "--ignored", "--json"])
        #expect(listed.status == 0)
        struct Report: Decodable { struct Pair: Decodable { struct Named: Decodable { let id: Int64; let name: String }; let ignoredAt: String; let customers: [Named] }; let ignored: [Pair] }
        let report = try JSONDecoder().decode(Report.self, from: Data(listed.standardOutput.utf8))
        #expect(report.ignored.count == 1)
        #expect(report.ignored.first?.customers.map(\.name) == ["Luis Moreau", "Luis Moreau"])
        let ids = report.ignored[0].customers.map(\.id)
        #expect(!(try run(["duplicates"]).standardOutput.contains("same phone")))
        let again = try run(["duplicates", "--unignore", String(ids[1]), String(ids[0])])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(try run(["duplicates"]).standardOutput.contains("same phone"))
        #expect(try run(["duplicates", "--unignore", String(ids[0]), String(ids[1])]).status == 1)  // not ignored any more
        #expect(try run(["duplicates", "--unignore", String(ids[0])]).status == 64)
    }

    func json(_ outcome: ClienteleProcess.Outcome) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any], "\(outcome.standardOutput)")
    }

    func clusters() throws -> [[String: Any]] {
        let outcome = try run(["duplicates", "--json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try #require(try json(outcome)["clusters"] as? [[String: Any]])
    }

    func references(_ cluster: [String: Any]) -> [String] {
        ((cluster["customers"] as? [[String: Any]]) ?? []).compactMap { $0["referenceId"] as? String }.sorted()
    }

    /// The profile `find --json` prints for a reference ID.
    func found(_ reference: String) throws -> [String: Any]? {
        let outcome = try run(["find", reference, "--json"])
        let all = (try? JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]]) ?? []
        return all.first { $0["referenceId"] as? String == reference }
    }

    func id(_ reference: String) throws -> Int {
        try #require(try found(reference)?["id"] as? Int, "no customer \(reference)")
    }

    /// A JSON value as sorted-key text, so nested objects compare whatever their key order.
    func canonical(_ value: Any) -> String {
        (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]))
            .map { String(decoding: $0, as: UTF8.self) } ?? String(describing: value)
    }

    @Test func duplicatesListsTheEmailThePhoneAndTheSimilarNameAtOneAddressMostCertainFirst() throws {
        try importThreeDuplicates()
        let listed = try clusters()
        #expect(listed.map { $0["kind"] as? String } == ["exact", "exact", "possible"])
        #expect(listed.map(references) == [["R1", "R2"], ["R3", "R4"], ["R5", "R6"]])
        #expect((listed[0]["reason"] as? String)?.contains("same email: ana@example.com") == true, "\(listed[0])")
        #expect((listed[1]["reason"] as? String)?.contains("same phone: +14155550199") == true, "\(listed[1])")
        #expect((listed[2]["reason"] as? String)?.contains("same address") == true, "\(listed[2])")

        // Every profile has the same keys; a missing phone is null, a phone is E.164.
        let customers = listed.flatMap { ($0["customers"] as? [[String: Any]]) ?? [] }
        for customer in customers {
            #expect(Set(customer.keys) == ["id", "referenceId", "givenName", "familyName", "email", "phone"], "\(customer)")
            #expect(customer["id"] as? Int != nil)
        }
        let luis = try #require(customers.first { $0["referenceId"] as? String == "R4" })
        #expect(luis["phone"] as? String == "+14155550199")
        #expect(luis["givenName"] as? String == "Luis")
        let ana = try #require(customers.first { $0["referenceId"] as? String == "R1" })
        #expect(ana["phone"] is NSNull)
        #expect(ana["email"] as? String == "ana@example.com")
        #expect(ana["familyName"] as? String == "García")

        let text = try run(["duplicates"])
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("exact: same email: ana@example.com"))
        #expect(text.standardOutput.contains("possible: "))
        for reference in ["R1", "R2", "R3", "R4", "R5", "R6"] { #expect(text.standardOutput.contains(reference)) }
        #expect(!text.standardOutput.contains("R7"))
        #expect(text.standardOutput.contains("3 suggestions: 2 exact, 1 possible"))
    }

    @Test func duplicatesOnAnEmptyDirectorySaysThereAreNone() throws {
        try ShopFolder.createDatabase(db)
        let text = try run(["duplicates"])
        #expect(text.status == 0)
        #expect(text.standardOutput == "no duplicate suggestions\n")
        #expect(try clusters().isEmpty)
    }

    @Test func mergeByIDsLeavesOneProfileAndUndoGivesBothBackAsTheyWere() throws {
        try importThreeDuplicates()
        let before = [try #require(try found("R1")), try #require(try found("R2"))]
        let (ana, short) = (try id("R1"), try id("R2"))

        let merged = try run(["merge", String(short), String(ana), "--json"])
        #expect(merged.status == 0, "\(merged.standardError)")
        let result = try json(merged)
        #expect(Set(result.keys) == ["mergeId", "survivor"])
        #expect(result["survivor"] as? Int == ana, "the older profile survives")
        let mergeID = try #require(result["mergeId"] as? Int)

        let afterMerge = try run(["find", "ana@example.com", "--json"])
        #expect((try JSONSerialization.jsonObject(with: Data(afterMerge.standardOutput.utf8)) as? [Any])?.count == 1)
        #expect(try found("R2") == nil || (try found("R2")?["id"] as? Int) == ana)
        #expect(try clusters().map(references) == [["R3", "R4"], ["R5", "R6"]])

        let undone = try run(["merge", "--undo", String(mergeID)])
        #expect(undone.status == 0, "\(undone.standardError)")
        #expect(undone.standardOutput.contains("customer \(ana)"))
        #expect(undone.standardOutput.contains("customer \(short)"))
        // Both back under their own ids, every field as before (the version counts the merge and its undo).
        for original in before {
            let reference = try #require(original["referenceId"] as? String)
            let now = try #require(try found(reference))
            for (key, value) in original where key != "version" {
                #expect(canonical(now[key] ?? "missing") == canonical(value), "\(reference).\(key)")
            }
        }
        #expect(try clusters().map(references) == [["R1", "R2"], ["R3", "R4"], ["R5", "R6"]])
        let again = try run(["merge", "--undo", String(mergeID)])
        #expect(again.status == 3)
        #expect(again.standardError.contains("already undone"))
    }

    @Test func keepChoosesTheSurvivorAndTheTextSaysWhatHappened() throws {
        try importThreeDuplicates()
        let (older, newer) = (try id("R3"), try id("R4"))
        let merged = try run(["merge", String(older), String(newer), "--keep", String(newer)])
        #expect(merged.status == 0, "\(merged.standardError)")
        #expect(merged.standardOutput.contains("customer \(older) (Luis Moreau) merged into customer \(newer)"))
        #expect(merged.standardOutput.contains("clientele merge --undo "))
        #expect(try found("R4")?["id"] as? Int == newer)
        #expect(try found("R4")?["email"] as? String == "luis@example.org", "the only email is kept")
    }

    @Test func mergeAllNeedsYesThenMergesOnlyTheExactClusters() throws {
        try importThreeDuplicates()
        let refused = try run(["duplicates", "--merge-all"])
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("--yes"))
        #expect(refused.standardError.contains("4 profiles into 2"))
        #expect(try clusters().count == 3, "nothing was merged")

        let merged = try run(["duplicates", "--merge-all", "--yes"])
        #expect(merged.status == 0, "\(merged.standardError)")
        #expect(merged.standardOutput.contains("Merged 4 profiles into 2"))
        #expect(try clusters().map(references) == [["R5", "R6"]])
        #expect(try run(["check"]).standardOutput == "ok\n")
    }

    @Test func badIDsAreNamedAndExitWithTheScriptCodes() throws {
        try importThreeDuplicates()
        let ana = String(try id("R1")), luis = String(try id("R3"))
        let unknown = try run(["merge", ana, "987654"])
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("no customer with id 987654"))
        let unknownMerge = try run(["merge", "--undo", "424242"])
        #expect(unknownMerge.status == 1)
        #expect(unknownMerge.standardError.contains("no merge with id 424242"))

        for (arguments, message) in [(["merge", ana, ana], "merged with itself"), (["merge", ana, luis, "--keep", "5555"], "--keep 5555"),
                                     (["merge", ana], "two customers' IDs"), (["merge"], "two customers' IDs"),
                                     (["merge", "ana", "luis"], "'ana' is invalid"), (["merge", ana, luis, "--undo", "1"], "--undo takes only"),
                                     (["duplicates", "--yes"], "--merge-all")] {
            let outcome = try run(arguments)
            #expect(outcome.status == 64, "\(arguments)")
            #expect(outcome.standardError.contains(message), "\(arguments): \(outcome.standardError)")
        }
        #expect(try clusters().count == 3, "nothing was merged")
    }

    @Test func documentsPastTheLimitAreRefusedUnlessTheNewestAreKept() throws {
        let store = try ShopFolder.openStore(db)
        let ids = try store.customers.insertBatch([Customer(givenName: "Ana", familyName: "Ruiz", referenceID: "D1"),
                                                   Customer(givenName: "Ana", familyName: "Ruiz", referenceID: "D2")])
        for (side, id) in ids.enumerated() {
            for index in 0..<60 {
                _ = try store.attachments.attach(data: Data("%PDF-1.4 \(side)-\(index)".utf8), fileName: "scan-\(index).pdf", to: id)
            }
        }
        let refused = try run(["merge", String(ids[0]), String(ids[1])])
        #expect(refused.status == 3)
        #expect(refused.standardError.contains("120 documents"))
        #expect(refused.standardError.contains("--keep-newest-documents"))
        #expect(try store.customers.customer(id: ids[1]) != nil, "nothing was merged")

        let merged = try run(["merge", String(ids[0]), String(ids[1]), "--keep-newest-documents", "--json"])
        #expect(merged.status == 0, "\(merged.standardError)")
        #expect(try store.attachments.attachments(for: ids[0]).count == AttachmentRules.maximumFilesPerCustomer)
        let undone = try run(["merge", "--undo", String(try #require(try json(merged)["mergeId"] as? Int))])
        #expect(undone.status == 0, "\(undone.standardError)")
        #expect(try store.attachments.attachments(for: ids[0]).count == 60)
        #expect(try store.attachments.attachments(for: ids[1]).count == 60)
    }

    @Test func mergeAllThatSkipsAClusterExits2AndStillPrintsItsJSON() throws {
        let store = try ShopFolder.openStore(db)
        let ids = try store.customers.insertBatch([Customer(givenName: "Ana", familyName: "Ruiz", emailAddress: "ana@example.com"),
                                                   Customer(givenName: "Ana", familyName: "Ruiz", emailAddress: "ana@example.com"),
                                                   Customer(givenName: "Luis", familyName: "Moreau", emailAddress: "luis@example.com"),
                                                   Customer(givenName: "Luis", familyName: "Moreau", emailAddress: "luis@example.com")])
        for (side, id) in ids.prefix(2).enumerated() {
            for index in 0..<60 {
                _ = try store.attachments.attach(data: Data("%PDF-1.4 \(side)-\(index)".utf8), fileName: "scan-\(index).pdf", to: id)
            }
        }
        let outcome = try run(["duplicates", "--merge-all", "--yes", "--json"])
        #expect(outcome.status == 2, "merged one cluster, skipped the other: \(outcome.standardError)")
        #expect(outcome.standardError.contains("skipped \(ids[0]), \(ids[1])"), "\(outcome.standardError)")
        let summary = try json(outcome)
        #expect(summary["merged"] as? Int == 2)
        #expect(summary["into"] as? Int == 1)
        #expect((summary["skipped"] as? [[Int]])?.count == 1)
        #expect(try store.customers.customer(id: ids[3]) == nil, "the other cluster was merged")
    }

    @Test(.enabled(if: ShopFolder.isSQLite, "reads or breaks the database file itself")) func aDatabaseThatCannotBeReadIsExit4() throws {
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: db))
        #expect(try run(["duplicates"]).status == 4)
        #expect(try run(["merge", "1", "2"]).status == 4)
    }
}
