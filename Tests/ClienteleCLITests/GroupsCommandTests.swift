import Foundation
import Testing
import ClienteleTestSupport

/// `clientele groups …` and `clientele find`'s filters, as scripts run them (issue 15 points 1–2).
@Suite(.serialized) struct GroupsCommandTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-groups-cli")
    }

    func run(_ arguments: [String]) throws -> ClienteleProcess.Outcome {
        try ClienteleProcess.run(arguments + ["--db", db])
    }

    func add(_ arguments: [String]) throws -> String {
        let added = try run(["add"] + arguments + ["--json"])
        #expect(added.status == 0, "\(added.standardError)")
        return String(((try JSONSerialization.jsonObject(with: Data(added.standardOutput.utf8)) as! [String: Any])["id"] as! NSNumber).int64Value)
    }

    func list(_ outcome: ClienteleProcess.Outcome) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]], "\(outcome.standardOutput)")
    }

    func foundIDs(_ arguments: [String]) throws -> [String] {
        let found = try run(["find"] + arguments + ["--json"])
        #expect(found.status == 0 || found.status == 1, "\(found.standardError)")
        if found.status == 1 { return [] }
        return try list(found).map { ($0["id"] as! NSNumber).stringValue }
    }

    @Test func groupsAreCreatedListedRenamedFilledAndDeletedWhileTheCustomersStay() throws {
        let ana = try add(["--given-name", "Ana", "--family-name", "Ruiz"])
        let bob = try add(["--given-name", "Bob", "--family-name", "Lee"])
        let empty = try run(["groups"])
        #expect(empty.status == 0 && empty.standardOutput.contains("No groups yet"), "\(empty.standardOutput)")

        let created = try run(["groups", "create", "VIP"])
        #expect(created.status == 0 && created.standardOutput.contains("Created group “VIP”"), "\(created.standardError)")
        #expect(try run(["groups", "create", "vip"]).status == 3, "a name taken whatever its case")
        #expect(try run(["groups", "create", "bad\u{1B}[31mname"]).status == 3)
        #expect(try run(["groups", "create", "card 4111 1111 1111 1111"]).status == 3)

        let added = try run(["groups", "add", "vip", ana, bob])
        #expect(added.status == 0 && added.standardOutput.contains("Added 2 customers to “VIP”"), "\(added.standardOutput)\(added.standardError)")
        let again = try run(["groups", "add", "VIP", ana])
        #expect(again.standardOutput.contains("Added 0 customers to “VIP” (1 already in it)"), "\(again.standardOutput)")
        let unknownID = try run(["groups", "add", "VIP", "99999"])
        #expect(unknownID.status == 1 && unknownID.standardError.contains("no customer 99999"), "\(unknownID.standardError)")
        #expect(try run(["groups", "add", "Nobody", ana]).status == 1)
        #expect(try run(["groups", "remove", "Nobody", ana]).status == 1)
        #expect(try run(["groups", "remove", "VIP", "99999"]).status == 1)

        let groups = try list(try run(["groups", "--json"]))
        #expect(groups.count == 1 && groups[0]["name"] as? String == "VIP" && groups[0]["memberCount"] as? Int == 2
                && groups[0]["id"] is NSNumber, "\(groups)")
        #expect(try run(["groups"]).standardOutput.contains("VIP\t2 members"))
        #expect(try foundIDs(["--group", "vip"]).sorted() == [ana, bob].sorted())

        #expect(try run(["groups", "remove", "VIP", bob]).standardOutput.contains("Removed 1 customer from “VIP”"))
        #expect(try foundIDs(["--group", "VIP"]) == [ana])

        #expect(try run(["groups", "rename", "VIP", "Regulars"]).status == 0)
        #expect(try run(["groups", "rename", "VIP", "Other"]).status == 1, "the old name is gone")
        #expect(try run(["groups", "create", "Walk-ins"]).status == 0)
        #expect(try run(["groups", "rename", "Regulars", "WALK-INS"]).status == 3)

        let asked = try run(["groups", "delete", "Regulars"])
        #expect(asked.status == 3 && asked.standardOutput.contains("has 1 member") && asked.standardError.contains("--yes"),
                "\(asked.standardOutput)\(asked.standardError)")
        #expect(try list(try run(["groups", "--json"])).count == 2, "nothing deleted without --yes")
        let deleted = try run(["groups", "delete", "regulars", "--yes"])
        #expect(deleted.status == 0 && deleted.standardOutput.contains("Deleted group “Regulars”"), "\(deleted.standardError)")
        #expect(try list(try run(["groups", "--json"])).map { $0["name"] as? String } == ["Walk-ins"])
        #expect(try foundIDs(["ruiz"]) == [ana], "the customers stay")
        #expect(try run(["groups", "delete", "Regulars", "--yes"]).status == 1)
        #expect(try run(["find", "--group", "Regulars"]).status == 1)
    }

    @Test func findCombinesItsFiltersAndKeepsItsOutputWithAQuery() throws {
        let ana = try add(["--given-name", "Ana", "--family-name", "Ruiz", "--status", "lead", "--email-subscription", "subscribed",
                           "--phone", "+1 415 555 0100"])
        let bob = try add(["--given-name", "Bob", "--family-name", "Ruiz", "--status", "client", "--email-subscription", "unsubscribed"])
        let cleo = try add(["--given-name", "Cleo", "--family-name", "Diaz", "--status", "lead"])
        #expect(try run(["groups", "create", "VIP"]).status == 0)
        #expect(try run(["groups", "add", "VIP", ana, cleo]).status == 0)
        #expect(try run(["payments", "record", cleo, "--amount", "20", "--due", "2020-01-01"]).status == 0)
        #expect(try run(["payments", "record", bob, "--amount", "20", "--due", "2999-01-01"]).status == 0)
        #expect(try run(["loyalty", "enroll", ana]).status == 0)
        #expect(try run(["notes", "add", bob, "call back", "--remind", "2020-01-02 10:00"]).status == 0)

        #expect(try foundIDs(["--status", "lead"]).sorted() == [ana, cleo].sorted())
        #expect(try foundIDs(["--group", "VIP", "--overdue"]) == [cleo])
        #expect(try foundIDs(["--overdue"]) == [cleo])
        #expect(try foundIDs(["--subscription", "unsubscribed"]) == [bob])
        #expect(try foundIDs(["--loyalty"]) == [ana])
        #expect(try foundIDs(["--reminders-due"]) == [bob])
        #expect(try foundIDs(["ruiz", "--status", "client"]) == [bob], "a query and a filter")
        #expect(try foundIDs(["--group", "VIP", "--status", "lead", "--loyalty"]) == [ana])
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
        #expect(try foundIDs(["--created-from", today, "--created-to", today]).count == 3)
        #expect(try foundIDs(["--created-to", "2020-01-01"]).isEmpty)
        #expect(try run(["find", "--created-to", "2020-01-01"]).status == 1)

        // Without a filter, find is as it was: the query's matches as lines, exit 1 for none.
        let lines = try run(["find", "ruiz"])
        #expect(lines.status == 0 && lines.standardOutput.split(separator: "\n").count == 2, "\(lines.standardOutput)")
        #expect(lines.standardOutput.contains("\(ana)\tAna Ruiz\t+14155550100"), "\(lines.standardOutput)")
        #expect(try run(["find"]).status == 64, "nothing to look for")
        #expect(try run(["find", "--status", "vip"]).status == 64)
        #expect(try run(["find", "--created-from", "2026-13-01"]).status == 64)
        #expect(try run(["find", "--created-from", "2026-12-05", "--created-to", "2026-12-01"]).status == 64)
        #expect(try run(["find", "--group", "Nobody"]).status == 1)
    }
}
