import Foundation
import Testing
import ClienteleTestSupport

/// `clientele fields` (issue 15, points 3 and 4; PRODUCT §13): every action of the fields screen on
/// the command line, the real binary on a real file.
@Suite(.serialized) struct FieldsCommandTests {
    let directory: URL
    let db: String

    init() throws { (directory, db) = try ShopFolder.make("clientele-cli") }

    func run(_ arguments: [String]) throws -> (status: Int32, standardOutput: String, standardError: String) {
        let outcome = try ClienteleProcess.run(arguments + ["--db", db])
        return (outcome.status, outcome.standardOutput, outcome.standardError)
    }

    func list() throws -> [[String: Any]] {
        let outcome = try run(["fields", "--json"])
        return (try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]]) ?? []
    }

    /// Two customers with a text "Allergies" of LATEX and pollen, through an import.
    func importAllergies() throws {
        let csv = directory.appendingPathComponent("allergies.csv").path
        try Data("First Name,Allergies,custom:Visits (number)\nAna,LATEX,12\nBea,pollen,3\n".utf8).write(to: URL(fileURLWithPath: csv))
        let imported = try run(["import", csv, "--no-group"])
        #expect(imported.status == 0, "\(imported.standardError)")
    }

    /// The spelling: a field named by its label, the options of a choice in one `--choices`.
    @Test func aFieldIsNamedByItsLabelAndAChoiceTakesItsOptionsInOneValue() throws {
        #expect(try run(["fields", "add", "Allergies", "--type", "choice", "--choices", "latex|nickel"]).status == 0)
        #expect(try run(["fields", "rename", "allergies", "Allergy"]).status == 0)
        let listed = try run(["fields"]).standardOutput
        #expect(listed.contains("Allergy\tchoice: latex|nickel"), "\(listed)")
        #expect(try run(["fields", "delete", "Allergy"]).status == 3)
        let unknown = try run(["fields", "delete", "Allergies", "--yes"])
        #expect(unknown.status == 1 && unknown.standardError.contains("no custom field “Allergies”"), "\(unknown.standardError)")
        #expect(try run(["fields", "delete", "ALLERGY", "--yes"]).status == 0)
        #expect(!(try run(["fields"]).standardOutput.contains("Allergy")))
    }

    @Test func fieldsAreAddedListedAndMoved() throws {
        #expect(try run(["fields", "add", "Allergies", "--type", "choice", "--option", "latex", "--option", "nickel"]).status == 0)
        #expect(try run(["fields", "add", "Visits", "--type", "number"]).status == 0)
        let fields = try list()
        #expect(fields.map { $0["label"] as? String } == ["Allergies", "Visits"])
        #expect(fields.map { $0["type"] as? String } == ["choice", "number"])
        #expect(fields.first?["options"] as? [String] == ["latex", "nickel"])
        #expect(fields.map { $0["position"] as? Int } == [1, 2])
        #expect(fields.map { $0["valueCount"] as? Int } == [0, 0])
        let visits = try #require(fields.last?["id"] as? Int)
        #expect(try run(["fields", "move", "\(visits)", "--to", "1"]).status == 0)
        #expect(try list().map { $0["label"] as? String } == ["Visits", "Allergies"])
        let human = try run(["fields"])
        #expect(human.standardOutput.contains("Allergies\tchoice: latex|nickel\t2\t0 values"), "\(human.standardOutput)")
    }

    @Test func aTakenOrBadLabelAndAnUnknownTypeAreRefused() throws {
        #expect(try run(["fields", "add", "Allergies"]).status == 0)
        let taken = try run(["fields", "add", "ALLERGIES", "--type", "number"])
        #expect(taken.status == 3 && taken.standardError.contains("already exists"), "\(taken.standardError)")
        #expect(try run(["fields", "add", "4111 1111 1111 1111"]).status == 3)
        #expect(try run(["fields", "add", "Kids", "--type", "choice"]).status == 3)
        #expect(try run(["fields", "add", "Kids", "--type", "colour"]).status == 64)
        #expect(try run(["fields", "rename", "999", "Kids"]).status == 1)
        #expect(try list().count == 1)
    }

    @Test func aTypeChangeThatDoesNotFitListsTheValuesAndChangesNothing() throws {
        try importAllergies()
        let allergies = try #require(try list().first?["id"] as? Int)
        let refused = try run(["fields", "type", "\(allergies)", "choice", "--option", "latex", "--option", "nickel"])
        #expect(refused.status == 3)
        #expect(refused.standardError.contains("Bea (#2): “pollen”"), "\(refused.standardError)")
        #expect(!refused.standardError.contains("Ana"))
        #expect(try list().first?["type"] as? String == "text")
        let done = try run(["fields", "type", "\(allergies)", "choice", "--option", "latex", "--option", "pollen"])
        #expect(done.status == 0, "\(done.standardError)")
        #expect(try list().first?["options"] as? [String] == ["latex", "pollen"])
        // Renamed, the values stay.
        #expect(try run(["fields", "rename", "\(allergies)", "Allergy"]).status == 0)
        #expect(try list().first?["label"] as? String == "Allergy")
        #expect(try list().first?["valueCount"] as? Int == 2)
    }

    @Test func aDeleteSaysHowManyCustomersHaveAValueUntilYes() throws {
        try importAllergies()
        let visits = try #require(try list().last?["id"] as? Int)
        let asked = try run(["fields", "delete", "\(visits)"])
        #expect(asked.status == 3)
        #expect(asked.standardError.contains("has a value on 2 customers"), "\(asked.standardError)")
        #expect(try list().count == 2)
        #expect(try run(["fields", "delete", "\(visits)", "--yes"]).status == 0)
        #expect(try list().map { $0["label"] as? String } == ["Allergies"])
        #expect(try run(["fields", "delete", "\(visits)", "--yes"]).status == 1)
    }

    @Test func anExportNamesEachFieldsTypeAndReimportsIt() throws {
        #expect(try run(["fields", "add", "Allergies", "--type", "choice", "--option", "latex", "--option", "nickel"]).status == 0)
        #expect(try run(["fields", "add", "Visits", "--type", "number"]).status == 0)
        let out = directory.appendingPathComponent("out.csv").path
        #expect(try run(["export", "--out", out]).status == 0)
        let header = try String(contentsOfFile: out, encoding: .utf8).components(separatedBy: "\r\n")[0]
        #expect(header.hasSuffix(",custom:Allergies (choice: latex|nickel),custom:Visits (number)"), "\(header)")
    }
}
