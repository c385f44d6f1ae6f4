import ClienteleTestSupport
import Foundation
import Testing

/// Organising the shop in a real terminal (tmux): define a choice field on the custom fields screen,
/// set it on a customer in the form, filter the directory by a group with the filter picker, export
/// that filter, and re-import the file into a new directory with the field's type and options intact.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable)) struct OrganisingTerminalJourneyTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-tmux-organise")
    }

    @discardableResult
    func run(_ arguments: [String], db: String? = nil) throws -> ClienteleProcess.Outcome {
        let outcome = try ClienteleProcess.run(arguments + ["--db", db ?? self.db])
        #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
        return outcome
    }

    @Test func aChoiceFieldSetFilteredExportedAndReimportedKeepsItsType() throws {
        try run(["add", "--given-name", "María", "--family-name", "Núñez", "--phone", "+1 (415) 555-0134"])
        try run(["add", "--given-name", "Ana", "--family-name", "Ruiz", "--phone", "+1 415 555 0100"])
        try run(["groups", "create", "Clinic"])
        try run(["groups", "add", "Clinic", "1"])

        let terminal = try TmuxSession(arguments: ["--db", db, "--region", "US"], width: 110, height: 32)
        try terminal.waitFor("2 customers")

        // The field: Allergies, a choice of latex or nickel.
        try terminal.send("F7")
        let loaded = try terminal.waitFor("No custom fields")  // loaded: keys before that are not the screen's yet
        #expect(loaded.contains("No custom fields"), "\(loaded)")
        try terminal.type("a")
        _ = try terminal.waitFor("New custom field")
        try terminal.type("Allergies")
        try terminal.send("Tab")
        for _ in 0..<7 { try terminal.send("C-n") }  // text → … → choice
        let typed = try terminal.waitFor("‹ Choice from a list ›")
        #expect(typed.contains("‹ Choice from a list ›"), "\(typed)")
        try terminal.send("Tab")
        try terminal.type("latex|nickel")
        _ = try terminal.waitFor("Options     latex|nickel")
        try terminal.send("C-s")
        let defined = try terminal.waitUntil { $0.contains("Choice from a list: latex|nic") && !$0.contains("New custom field") }
        #expect(defined.contains("1.   Allergies"), "\(defined)")
        #expect(try run(["fields"]).standardOutput.contains("choice: latex|nickel"), "defined in the file, not only on screen")
        // Each Escape is waited out: an escape followed at once by a key is read as alt+key (ncurses' ESC delay).
        try terminal.send("Escape")
        _ = try terminal.waitUntil { !$0.contains("Custom fields") }

        // Set on María, in her form: the custom field is the form's last, one up from the first.
        try terminal.type("555 0134")
        _ = try terminal.waitUntil { $0.contains("Search 555 0134") && !$0.contains("Ana Ruiz") }
        try terminal.send("Enter")
        _ = try terminal.waitFor("1 Main")
        try terminal.send("C-e")
        _ = try terminal.waitFor("Edit María Núñez")
        try terminal.send("Up")
        try terminal.send("C-n")
        _ = try terminal.waitFor("latex")
        try terminal.send("C-s")
        _ = try terminal.waitUntil { !$0.contains("Edit María Núñez") }
        #expect(try run(["fields"]).standardOutput.contains("1 value"), "María's value stored")
        try terminal.send("Escape")  // the card
        _ = try terminal.waitUntil { !$0.contains("1 Main") }
        try terminal.send("Escape")  // the search

        // Filter by the group, then export what the filter shows.
        _ = try terminal.waitFor("Ana Ruiz")
        try terminal.send("C-f")
        _ = try terminal.waitFor("overdue")
        try terminal.send("Right")  // the group row: Clinic
        try terminal.send("Enter")
        let filtered = try terminal.waitUntil { $0.contains("Clinic") && !$0.contains("Ana Ruiz") }
        #expect(filtered.contains("María Núñez"), "\(filtered)")
        try terminal.send("C-x")
        _ = try terminal.waitFor("Export")
        try terminal.send("Tab")
        try terminal.send("Tab")
        try terminal.send("C-u")
        let csv = directory.appendingPathComponent("clinic.csv").path
        try terminal.type(csv)
        try terminal.send("Enter")
        _ = try terminal.waitFor("Exported 1 customer")
        try terminal.send("C-c")
        _ = try terminal.waitFor("[exited")

        // A new directory: the field comes back a choice with its options, and María's value with it.
        let other = directory.appendingPathComponent("other.sqlite").path
        try run(["import", csv], db: other)
        let fields = try JSONSerialization.jsonObject(with: Data(try run(["fields", "--json"], db: other).standardOutput.utf8)) as! [[String: Any]]
        #expect(fields.count == 1 && fields[0]["label"] as? String == "Allergies" && fields[0]["type"] as? String == "choice", "\(fields)")
        #expect(fields.first?["options"] as? [String] == ["latex", "nickel"], "\(fields)")
        #expect((fields.first?["valueCount"] as? Int) == 1, "\(fields)")
        let found = try run(["find", "nunez", "--json"], db: other).standardOutput
        #expect(found.contains("María") && !found.contains("Ana"), "\(found)")
    }
}
