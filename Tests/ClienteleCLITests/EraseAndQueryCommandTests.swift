import Foundation
import Testing
import ClienteleTestSupport

/// `clientele erase` (a privacy request) and `clientele query` (a mail client's address lookup),
/// as scripts and mail clients run them.
@Suite(.serialized) struct EraseAndQueryCommandTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-erase-cli")
    }

    func run(_ arguments: [String]) throws -> ClienteleProcess.Outcome {
        try ClienteleProcess.run(arguments + ["--db", db])
    }

    func add(_ arguments: [String]) throws -> String {
        let added = try run(["add"] + arguments + ["--json"])
        #expect(added.status == 0, "\(added.standardError)")
        return String(((try JSONSerialization.jsonObject(with: Data(added.standardOutput.utf8)) as! [String: Any])["id"] as! NSNumber).int64Value)
    }

    func json(_ outcome: ClienteleProcess.Outcome) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any], "\(outcome.standardOutput)")
    }

    // MARK: erase

    @Test func eraseNeedsYesSaysWhatWouldGoAndThenErases() throws {
        let id = try add(["--given-name", "Ana", "--family-name", "Ruiz", "--email", "ana@example.com", "--phone", "+1 415 555 0100"])
        let other = try add(["--given-name", "Luis", "--family-name", "Gómez", "--email", "luis@example.com"])
        #expect(try run(["notes", "add", id, "allergic to the blue dye"]).status == 0)
        #expect(try run(["notes", "add", id, "prefers mornings"]).status == 0)
        #expect(try run(["loyalty", "enroll", id]).status == 0)

        let asked = try run(["erase", id])
        #expect(asked.status == 3, "not confirmed: nothing erased")
        #expect(asked.standardOutput.contains("Would erase Ana Ruiz (customer \(id)): the profile, 2 notes, the loyalty membership, 1 loyalty entry."),
                "\(asked.standardOutput)")
        #expect(asked.standardError.contains("add --yes"), "\(asked.standardError)")
        #expect(try run(["find", "ruiz"]).status == 0, "still there")

        let preview = try run(["erase", id, "--json"])
        #expect(preview.status == 3)
        let counts = try json(preview)
        #expect(counts["erased"] as? Bool == false && counts["notes"] as? Int == 2 && counts["loyaltyMembership"] as? Int == 1
                && counts["documents"] as? Int == 0 && counts["name"] as? String == "Ana Ruiz", "\(counts)")

        let erased = try run(["erase", id, "--yes", "--json"])
        #expect(erased.status == 0, "\(erased.standardError)")
        let done = try json(erased)
        #expect(done["erased"] as? Bool == true && done["notes"] as? Int == 2 && (done["id"] as? NSNumber)?.stringValue == id, "\(done)")
        #expect(try run(["find", "ruiz"]).status == 1)
        #expect(try run(["notes", id]).status == 1)
        #expect(try run(["find", "gomez"]).standardOutput.contains(other))

        let again = try run(["erase", id, "--yes"])
        #expect(again.status == 1 && again.standardError.contains("no customer \(id)"), "\(again.standardError)")
        #expect(try run(["erase", "999"]).status == 1, "an unknown id is not found, with or without --yes")
    }

    @Test func eraseSaysItOnOneLine() throws {
        let id = try add(["--given-name", "Eva", "--family-name", "Ruiz"])
        let erased = try run(["erase", id, "--yes"])
        #expect(erased.status == 0)
        #expect(erased.standardOutput == "Erased Eva Ruiz (customer \(id)): the profile.\n", "\(erased.standardOutput)")
    }

    // MARK: query

    @Test func queryPrintsAFreeTextLineThenEmailNameAndPhoneForMatchesWithAnEmail() throws {
        _ = try add(["--given-name", "María", "--family-name", "Núñez", "--email", "maria@example.com", "--phone", "+1 415 555 0134"])
        _ = try add(["--given-name", "Mario", "--family-name", "Núñez", "--email", "mario@example.com"])
        _ = try add(["--given-name", "Marta", "--family-name", "Núñez", "--phone", "+1 415 555 0199"])  // no email: not listed
        _ = try add(["--given-name", "Luis", "--family-name", "Gómez", "--email", "luis@example.com"])

        let found = try run(["query", "nunez"])
        #expect(found.status == 0, "\(found.standardError)")
        let lines = found.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == ["Clientele: 2 matches for “nunez”",
                          "maria@example.com\tMaría Núñez\t+14155550134",
                          "mario@example.com\tMario Núñez\t-",
                          ""], "\(lines)")
        // By email and by phone, as the directory's search finds them.
        #expect(try run(["query", "luis@ex"]).standardOutput.contains("luis@example.com\tLuis Gómez"))
        #expect(try run(["query", "0134"]).standardOutput.hasSuffix("maria@example.com\tMaría Núñez\t+14155550134\n"))
        // aerc reads every line as an address.
        #expect(try run(["query", "--no-header", "gomez"]).standardOutput == "luis@example.com\tLuis Gómez\t-\n")
    }

    @Test func queryWithNoMatchSaysSoOnItsFirstLineAndExitsOne() throws {
        _ = try add(["--given-name", "Marta", "--family-name", "Núñez", "--phone", "+1 415 555 0199"])
        let none = try run(["query", "zzz"])
        #expect(none.status == 1)
        #expect(none.standardOutput == "Clientele: no customer with an email matches “zzz”\n", "\(none.standardOutput)")
        #expect(try run(["query", "marta"]).status == 1, "a match without an email is no address")
    }

    /// A name holding a tab, a line break and an escape sequence stays one line of three fields, and
    /// nothing of it can steer the terminal mutt draws on.
    @Test func queryKeepsEveryLineThreeFieldsWhateverTheNameHolds() throws {
        _ = try add(["--given-name", "Ana\tEvil", "--family-name", "Ruiz\u{1B}[2J\u{9B}6n\u{202E}", "--email", "ana@example.com"])
        let found = try run(["query", "ana"])
        #expect(found.status == 0, "\(found.standardError)")
        let lines = found.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(lines)")
        let fields = lines[1].split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 3 && fields[0] == "ana@example.com", "\(fields)")
        for steering in ["\u{1B}", "\u{9B}", "\u{202E}"] { #expect(!found.standardOutput.contains(steering)) }
        let typed = try run(["query", "ana\u{1B}[2J"])
        #expect(!typed.standardOutput.contains("\u{1B}"), "the query echoed on the first line is sanitised too")
    }

    @Test func queryCapsItsListAndSaysSo() throws {
        let rows = (1...205).map { "Capped,Person\($0),capped\($0)@example.com" }.joined(separator: "\n")
        let csv = directory.appendingPathComponent("many.csv")
        try ("First Name,Last Name,Email Address\n" + rows + "\n").write(to: csv, atomically: true, encoding: .utf8)
        #expect(try run(["import", csv.path, "--no-group"]).status == 0)
        let found = try run(["query", "capped"])
        #expect(found.status == 0)
        let lines = found.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 201, "\(lines.count)")
        #expect(lines.first == "Clientele: the first 200 matches for “capped”; there are more — type more of it", "\(lines.first ?? "")")
    }
}
