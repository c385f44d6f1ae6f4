import Foundation
import Testing
import ClienteleTestSupport
import SampleCustomers
import CustomerStore

/// The command line as scripts use it: the real binary, a real database file.
@Suite(.serialized) struct CommandLineTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-cli")
    }

    func findJSON(_ query: String, region: String = "US", limit: Int = 50) throws -> [[String: Any]] {
        let outcome = try ClienteleProcess.run(["find", query, "--json", "--db", db, "--region", region, "--limit", String(limit)])
        let data = Data(outcome.standardOutput.utf8)
        return (try JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
    }

    @Test func demoThenFindByANameWithoutItsAccentsAndByAPhoneTypedAnotherWay() throws {
        let demo = try ClienteleProcess.run(["demo", "--count", "150", "--db", db, "--region", "US"])
        #expect(demo.status == 0, "\(demo.standardError)")
        #expect(demo.standardOutput.contains("Added 150 demo customers"))

        // Pick a demo customer with accents and a phone, then find them other ways.
        let all = try findJSON("a", limit: 500) + findJSON("e", limit: 500) + findJSON("i", limit: 500)
        let accented = try #require(all.first { ($0["familyName"] as? String)?.contains(where: { "áéíóúñèëç".contains($0) }) == true })
        let family = accented["familyName"] as! String
        let plain = family.folding(options: .diacriticInsensitive, locale: nil).lowercased()
        let byName = try findJSON(plain)
        #expect(byName.contains { $0["id"] as? Int == accented["id"] as? Int }, "\(plain)")

        let withPhone = try #require(all.first { ($0["phone"] as? String)?.hasPrefix("+1") == true })
        let e164 = withPhone["phone"] as! String
        let digits = e164.dropFirst(2)
        let typedAnotherWay = "(\(digits.prefix(3))) \(digits.dropFirst(3).prefix(3))-\(digits.suffix(4))"
        #expect(try findJSON(typedAnotherWay).contains { $0["id"] as? Int == withPhone["id"] as? Int }, "\(typedAnotherWay)")
        #expect(try findJSON(String(digits.suffix(4))).contains { $0["id"] as? Int == withPhone["id"] as? Int })
    }

    @Test func findMatchesTheStartOfAnEmailAddress() throws {
        _ = try ClienteleProcess.run(["add", "--db", db, "--given-name", "John", "--email", "jdoe84@example.com"])
        #expect(try findJSON("jdoe").count == 1)
        #expect(try findJSON("JDOE84@EX").count == 1)
        #expect(try findJSON("jdoe84@example.com").count == 1)
    }

    @Test func findPrintsTheJSONFieldsScriptsNeed() throws {
        let add = try ClienteleProcess.run(["add", "--db", db, "--given-name", "María", "--family-name", "Núñez", "--email", "maria@example.com",
                                            "--phone", "415 555 0134", "--reference-id", "R1"])
        #expect(add.status == 0, "\(add.standardError)")
        let found = try findJSON("nunez")
        #expect(found.count == 1)
        let customer = try #require(found.first)
        #expect(customer["givenName"] as? String == "María")
        #expect(customer["familyName"] as? String == "Núñez")
        #expect(customer["email"] as? String == "maria@example.com")
        #expect(customer["phone"] as? String == "+14155550134")
        #expect(customer["referenceId"] as? String == "R1")
        #expect(customer["id"] as? Int != nil)
    }

    @Test func addRefusesInvalidFieldsByNameAndStoresNothing() throws {
        let outcome = try ClienteleProcess.run(["add", "--db", db, "--given-name", "Ana", "--email", "ana@", "--phone", "12",
                                                "--memo", "card 4111 1111 1111 1111"])
        #expect(outcome.status == 3)
        #expect(outcome.standardError.contains("Email:"))
        #expect(outcome.standardError.contains("Phone:"))
        #expect(outcome.standardError.contains("Memo:"))
        #expect(!outcome.standardError.contains("4111"))
        let find = try ClienteleProcess.run(["find", "ana", "--db", db])
        #expect(find.status == 1)
    }

    @Test func checkSaysOkOnAHealthyDatabase() throws {
        _ = try ClienteleProcess.run(["demo", "--count", "20", "--db", db])
        let outcome = try ClienteleProcess.run(["check", "--db", db])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "ok\n")
    }

    @Test(.enabled(if: ShopFolder.isSQLite, "reads or breaks the database file itself")) func checkReportsACorruptFile() throws {
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: db))
        let outcome = try ClienteleProcess.run(["check", "--db", db])
        #expect(outcome.status == 4)
        #expect(!outcome.standardError.isEmpty)
    }

    /// A file's path or a server's URL alike.
    @Test func theDatabaseComesFromTheEnvironmentWhenNoOptionIsGiven() throws {
        let outcome = try ClienteleProcess.run(["add", "--given-name", "Env"], environment: ["CLIENTELE_DB": db])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(try ShopFolder.integer("SELECT count(*) FROM customer WHERE given_name = ?", ["Env"], in: db) == 1)
    }

    @Test func aBadRegionIsAUsageError() throws {
        let outcome = try ClienteleProcess.run(["find", "x", "--db", db, "--region", "France"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("two-letter country code"))
    }

    @Test func theInterfaceWithoutATerminalSaysSoInsteadOfGarblingAPipe() throws {
        let outcome = try ClienteleProcess.run(["--db", db])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("needs a terminal"))
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test(.enabled(if: ShopFolder.isSQLite, "reads or breaks the database file itself")) func aProcessKilledMidImportLeavesTheDatabaseExactlyAsBefore() throws {
        _ = try ClienteleProcess.run(["demo", "--count", "30", "--db", db])
        let before = try ClienteleProcess.run(["export", "--db", db, "--format", "json"]).standardOutput
        let csv = try SampleListFile.write(CustomerListOptions(rows: 150_000, layout: .square), in: directory)

        // Killed once the import holds its write transaction (the rollback journal exists).
        let killed = try ClienteleProcess.killMidway(["import", csv, "--db", db], settle: 0.5) {
            FileManager.default.fileExists(atPath: db + "-journal") || FileManager.default.fileExists(atPath: db + "-wal")
        }
        #expect(killed, "the import finished before it could be killed")

        #expect(try ClienteleProcess.run(["check", "--db", db]).standardOutput == "ok\n")
        #expect(try ClienteleProcess.run(["export", "--db", db, "--format", "json"]).standardOutput == before)
    }

    @Test func importAndExportFromTheCommandLine() throws {
        let csv = directory.appendingPathComponent("list.csv").path
        try Data("Nombre;Apellido;Correo electrónico;Teléfono\nJosé;García;jose@example.es;+34 612 34 56 78\nAna;;ana@;\n".utf8).write(to: URL(fileURLWithPath: csv))
        let rejects = directory.appendingPathComponent("rejects.csv").path
        let outcome = try ClienteleProcess.run(["import", csv, "--db", db, "--json", "--rejects", rejects, "--new-group", "Feria"])
        #expect(outcome.status == 2, "1 stored and 1 refused is done with some refused")
        let summary = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(summary?["imported"] as? Int == 1)
        #expect(summary?["rejected"] as? Int == 1)
        #expect(summary?["possibleDuplicates"] as? Int == 0)
        #expect(summary?["group"] as? String == "Feria")
        #expect(try String(contentsOfFile: rejects, encoding: .utf8).contains("Correo electrónico"))
        let vcard = try ClienteleProcess.run(["export", "--db", db, "--format", "vcard", "--group", "Feria"])
        #expect(vcard.standardOutput.contains("FN:José García"))
        let out = directory.appendingPathComponent("all.csv").path
        #expect(try ClienteleProcess.run(["export", "--db", db, "--out", out]).status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("Reference ID,First Name,Last Name,Email Address,Phone Number"))
        let mapped = try ClienteleProcess.run(["import", csv, "--db", db, "--dry-run", "--map", "Teléfono=ignore", "--map", "Nope=phone"])
        #expect(mapped.status == 64)
        #expect(mapped.standardError.contains("no column “Nope”"))
    }

    @Test func aDryRunImportPrintsWhatItWouldImportAndLeavesTheDatabaseUnchanged() throws {
        #expect(try ClienteleProcess.run(["add", "--db", db, "--given-name", "Ana", "--email", "ana@example.com"]).status == 0)
        let before = try ClienteleProcess.run(["export", "--db", db, "--format", "json"]).standardOutput
        let csv = directory.appendingPathComponent("list.csv").path
        try Data("""
            First Name,Last Name,Email Address,Phone Number
            Zoë,Ünal,zoe@example.com,(415) 555-0111
            Wei,Li,wei@example.com,+1 415 555 0112
            Ana,Alba,ANA@example.com,

            """.utf8).write(to: URL(fileURLWithPath: csv))
        let outcome = try ClienteleProcess.run(["import", csv, "--db", db, "--dry-run", "--new-group", "Fair"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("Would import 3 customers into “Fair”; 0 rows rejected; 1 looks like a duplicate."), "\(outcome.standardOutput)")
        #expect(outcome.standardOutput.contains("Read as UTF-8"))
        let json = try ClienteleProcess.run(["import", csv, "--db", db, "--dry-run", "--json"])
        let summary = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(summary?["dryRun"] as? Bool == true)
        #expect(summary?["imported"] as? Int == 3)
        // Nothing was written: the same export, no new profile, no group.
        #expect(try ClienteleProcess.run(["export", "--db", db, "--format", "json"]).standardOutput == before)
        #expect(try ClienteleProcess.run(["find", "zoe", "--db", db]).status == 1)
        #expect(try ClienteleProcess.run(["export", "--db", db, "--group", "Fair"]).status != 0)
    }

    /// A French list in a US shop: every phone refused. `--phone-region FR` reads them as French;
    /// `--keep-unreadable-phones` keeps a row whose phone is no number, with it in the memo.
    @Test func aListFromAnotherCountryIsReadForItsRegionAndUnreadablePhonesCanBeKept() throws {
        let csv = directory.appendingPathComponent("paris.csv").path
        try Data("First Name,Last Name,Phone Number\r\nLéa,Roux,06 12 34 56 78\r\nHugo,Martin,01 42 68 53 00\r\nInès,Moreau,12\r\n".utf8)
            .write(to: URL(fileURLWithPath: csv))
        let usShop = try ClienteleProcess.run(["import", csv, "--db", db, "--region", "US", "--no-group", "--dry-run", "--json"])
        #expect(usShop.standardOutput.contains("\"imported\" : 0"), "\(usShop.standardOutput)")
        // The list is recognised as French and the fix is named.
        #expect(usShop.standardOutput.contains("\"suggestedPhoneRegion\" : \"FR\""), "\(usShop.standardOutput)")
        let hinted = try ClienteleProcess.run(["import", csv, "--db", db, "--region", "US", "--no-group", "--dry-run"])
        #expect(hinted.standardError.contains("2 of 3 phone numbers sampled read as France (+33), 0 as United States: run again with --phone-region FR"),
                "\(hinted.standardError)")
        let french = try ClienteleProcess.run(["import", csv, "--db", db, "--region", "US", "--no-group", "--phone-region", "fr"])
        #expect(french.status == 2, "two stored, Inès's \"12\" refused: \(french.standardError)")
        let lea = try ClienteleProcess.run(["find", "roux", "--db", db, "--json"])
        #expect(lea.standardOutput.contains("+33612345678"), "\(lea.standardOutput)")
        let kept = try ClienteleProcess.run(["import", csv, "--db", db, "--region", "US", "--no-group", "--phone-region", "FR", "--keep-unreadable-phones", "--json"])
        #expect(kept.status == 0, "\(kept.standardError)")
        let store = try ShopFolder.openStore(db)
        let ines = try #require(try store.customers.search("moreau").rows.first)
        #expect(try store.customers.customer(id: ines.id)?.memo == "Phone (unreadable): 12")
        #expect(try store.customers.customer(id: ines.id)?.phoneNumber == "")
        #expect(try ClienteleProcess.run(["import", csv, "--db", db, "--phone-region", "ZZ"]).status == 64)
    }

    @Test func aNewGroupNamedLikeAnExistingOneIsRefusedNotDoubled() throws {
        let csv = directory.appendingPathComponent("two.csv").path
        try Data("First Name,Last Name\r\nAna,García\r\nLuis,Moreau\r\n".utf8).write(to: URL(fileURLWithPath: csv))
        #expect(try ClienteleProcess.run(["import", csv, "--db", db, "--new-group", "VIP"]).status == 0)
        let again = try ClienteleProcess.run(["import", csv, "--db", db, "--new-group", "vip"])
        #expect(again.status == 3, "\(again.standardError)")
        #expect(again.standardError.contains("a group named “vip” exists already: add to it with --group"), "\(again.standardError)")
        let find = try ClienteleProcess.run(["find", "garcia", "--db", db, "--json"])
        #expect(find.standardOutput.components(separatedBy: "\"givenName\"").count == 2, "one Ana: nothing imported the second time")
        #expect(try ClienteleProcess.run(["import", csv, "--db", db, "--group", "VIP"]).status == 0)
    }

    @Test func everyCommandHasHelp() throws {
        for command in [[], ["demo"], ["find"], ["add"], ["import"], ["export"], ["duplicates"], ["merge"], ["check"]] {
            let outcome = try ClienteleProcess.run(command + ["--help"])
            #expect(outcome.status == 0, "\(command)")
            #expect(outcome.standardOutput.contains("USAGE"), "\(command)")
        }
    }
}
