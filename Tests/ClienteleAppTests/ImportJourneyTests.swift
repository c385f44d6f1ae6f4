import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// The import wizard and the export dialog, through the real runtime and a real file.
@Suite struct ImportJourneyTests {
    func writeList(_ app: AppDriver) throws -> String {
        let path = app.temporary.directory.appendingPathComponent("salon-list.csv").path
        try Data("sep=;\r\nNombre;Apellido;Correo electrónico;Teléfono;Color favorito\r\nJosé;García;jose@example.es;+34 612 34 56 78;rojo\r\nAna;López;ana@;;azul\r\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func theWizardImportsAFileIntoANewGroupAndReportsTheRejects() throws {
        let app = try AppDriver(size: Size(width: 100, height: 30))
        let path = try writeList(app)
        app.press(.character("i"))  // from the welcome screen
        #expect(app.screen.contains("Import · 1 of 5"))
        app.press(.control("u"))
        app.type(String(path.dropLast(8)))
        app.press(.tab)
        #expect(app.state.modals.top(as: ImportWizardState.self)?.path.text == path)
        app.press(.enter)
        #expect(app.screen.contains("Read as UTF-8, separated by “;”; 5 columns."))
        #expect(app.screen.contains("Correo electrónico") && app.screen.contains("Email"))
        #expect(app.screen.contains("Custom field “Color favorito”"))
        // Send the last column to the memo instead.
        for _ in 0..<4 { app.press(.down) }
        while !app.screen.contains("◂ Add to memo ▸") { app.press(.right) }
        app.press(.enter)
        #expect(app.screen.contains("Import · 3 of 5"))
        app.type("Feria")
        app.press(.enter)
        #expect(app.screen.contains("Import · 4 of 5"))
        app.press(.enter)
        app.waitForBackgroundWork()
        #expect(app.screen.contains("Imported 1 customer into “Feria”"))
        #expect(app.screen.contains("1 row rejected"))
        #expect(app.screen.contains("line 4, column “Correo electrónico”"))
        app.press(.enter)
        #expect(app.state.modals.isEmpty)
        #expect(app.screen.contains("José García"))
        let jose = try #require(try app.store.customers.search("garcia").rows.first)
        #expect(try app.store.customers.customer(id: jose.id)?.memo == "Color favorito: rojo")
        #expect(try app.store.groups.groups().map(\.name) == ["Feria"])
        #expect(FileManager.default.fileExists(atPath: path.replacingOccurrences(of: ".csv", with: "-rejects.csv")))
    }

    /// A new group named like an existing one became "VIP (2)" without a word.
    @Test func aNewGroupNamedLikeAnExistingOneMustBeChosenNotDoubled() throws {
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in _ = try store.groups.create(name: "VIP") }
        let path = try writeList(app)
        app.press(.escape, .control("o"), .control("u"))  // past the welcome: the directory has no customer yet
        app.type(path)
        app.press(.enter, .enter)
        app.type("vip")
        app.press(.enter)
        #expect(app.screen.contains("A group named “VIP” exists"), "\(app.screen)")
        #expect(try app.store.customers.count() == 0)  // nothing started
        app.press(.down, .enter, .enter)  // the existing group, chosen; then import
        app.waitForBackgroundWork()
        #expect(app.screen.contains("into “VIP”"), "\(app.screen)")
        #expect(try app.store.groups.groups().map(\.name) == ["VIP"])
    }

    /// A file of many columns failed in the wizard with the store's refusal; now the wizard asks.
    @Test func aFileOfManyColumnsAsksBeforeCreatingItsCustomFields() throws {
        let app = try AppDriver(size: Size(width: 100, height: 30))
        let path = app.temporary.directory.appendingPathComponent("wide.csv").path
        let headers = ["First Name"] + (1...60).map { "Extra \($0)" }
        let row = ["Ana"] + (1...60).map { "v\($0)" }
        try Data((headers.joined(separator: ",") + "\r\n" + row.joined(separator: ",") + "\r\n").utf8).write(to: URL(fileURLWithPath: path))
        app.press(.character("i"), .control("u"))
        app.type(path)
        app.press(.enter, .enter, .enter)
        #expect(app.screen.contains("This file would add 60 custom fields"), "\(app.screen)")
        app.press(.character("n"))
        #expect(app.screen.contains("Import · 3 of 5"))
        #expect(try app.store.customFields.definitions().isEmpty)
        app.press(.enter, .character("y"), .enter)
        app.waitForBackgroundWork()
        #expect(app.screen.contains("Imported 1 customer"), "\(app.screen)")
        #expect(try app.store.customFields.definitions().count == 60)
    }

    /// At 80 columns the summary cut the rejects file's path after "…/salon-", and the reason mid-word.
    @Test func theSummaryWrapsThePathAndTheReasonInsteadOfCuttingThem() throws {
        let app = try AppDriver(size: Size(width: 80, height: 24))
        let path = try writeList(app)
        app.press(.character("i"), .control("u"))
        app.type(path)
        app.press(.enter, .enter, .enter, .enter)
        app.waitForBackgroundWork()
        let joined = app.lines.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }.joined()
        let rejects = path.replacingOccurrences(of: ".csv", with: "-rejects.csv")
        #expect(joined.contains(rejects), "\(app.screen)")
        #expect(app.screen.contains("(expected name@example.com)"), "\(app.screen)")
    }

    /// A French list at a Spanish shop: its numbers, without +33, are all refused when read as Spain's.
    func writeFrenchList(_ app: AppDriver) throws -> String {
        let path = app.temporary.directory.appendingPathComponent("clientes-paris.csv").path
        let rows = ["Prénom,Nom,Téléphone", "Ana,Roux,06 12 34 56 78", "Léa,Petit,01 42 68 53 00", "Marc,Blanc,06.45.23.11.90", "Paul,Noir,0781234567",
                    "Inès,Vert,04 72 10 30 30", "Jules,Brun,not a number"]
        try Data((rows.joined(separator: "\r\n") + "\r\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aListFromAnotherCountryIsRecognisedAndReadAsThatCountrys() throws {
        let app = try AppDriver(size: Size(width: 100, height: 30), region: "ES")
        let path = try writeFrenchList(app)
        app.press(.character("i"), .control("u"))
        app.type(path)
        app.press(.enter, .enter, .enter)
        #expect(app.screen.contains("Import · 4 of 5"), "\(app.screen)")
        #expect(app.screen.contains("5 of 6 phone numbers look like France (+33) numbers, 0 like Spain: read them as France?"), "\(app.screen)")
        #expect(app.screen.contains("◂ France (+33) ▸"))  // the guess is the proposed answer
        app.press(.enter)
        app.waitForBackgroundWork()
        #expect(app.screen.contains("Imported 5 customers"), "\(app.screen)")
        #expect(app.screen.contains("1 row rejected"))
        let ana = try #require(try app.store.customers.search("roux").rows.first)
        #expect(try app.store.customers.customer(id: ana.id)?.phoneE164 == "+33612345678")
    }

    @Test func theShopsCountryCanBeKeptAndUnreadablePhonesKeptInTheMemo() throws {
        let app = try AppDriver(size: Size(width: 100, height: 30), region: "ES")
        let path = try writeFrenchList(app)
        app.press(.character("i"), .control("u"))
        app.type(path)
        app.press(.enter, .enter, .enter)
        app.press(.left)  // back to the shop's country
        #expect(app.screen.contains("◂ Spain (+34) · the shop's country ▸"), "\(app.screen)")
        app.press(.down, .right)
        #expect(app.screen.contains("◂ kept, with the number moved to the memo ▸"), "\(app.screen)")
        app.press(.enter)
        app.waitForBackgroundWork()
        #expect(app.screen.contains("Imported 6 customers"), "\(app.screen)")
        #expect(app.screen.contains("0 rows rejected"))
        let ana = try #require(try app.store.customers.search("roux").rows.first)
        let stored = try #require(try app.store.customers.customer(id: ana.id))
        #expect(stored.phoneNumber.isEmpty && stored.memo.contains("06 12 34 56 78"))
    }

    @Test func aDryRunStoresNothingAndLeadsBackToTheRealImport() throws {
        let app = try AppDriver(size: Size(width: 100, height: 30), region: "ES")
        let path = try writeFrenchList(app)
        app.press(.character("i"), .control("u"))
        app.type(path)
        app.press(.enter, .enter)
        app.type("Paris")
        app.press(.enter, .down, .down, .right)
        #expect(app.screen.contains("◂ dry run: check every row, store nothing ▸"), "\(app.screen)")
        app.press(.enter)
        app.waitForBackgroundWork()
        #expect(app.screen.contains("Dry run: 5 customers would be imported into “Paris”; nothing was stored."), "\(app.screen)")
        #expect(app.screen.contains("1 row rejected"))
        #expect(try app.store.customers.count() == 0)
        #expect(try app.store.groups.groups().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path.replacingOccurrences(of: ".csv", with: "-rejects.csv")))
        app.press(.enter)  // back to the options, the run set to import
        #expect(app.screen.contains("◂ import ▸"), "\(app.screen)")
        app.press(.enter)
        app.waitForBackgroundWork()
        #expect(app.screen.contains("Imported 5 customers into “Paris”"), "\(app.screen)")
        #expect(try app.store.customers.count() == 5)
    }

    @Test func aMissingFileIsSaidInTheWizard() throws {
        let app = try AppDriver { store in _ = try store.customers.create(Fixtures.maria()) }
        app.press(.control("o"))
        app.press(.control("u"))
        app.type("/no/such/file.csv")
        app.press(.enter)
        #expect(app.screen.contains("There is no file /no/such/file.csv."))
        app.press(.escape)
        #expect(app.state.modals.isEmpty)
    }

    @Test func exportOffersTheCurrentFilterInWordsAndWritesOnlyIt() throws {
        let app = try AppDriver { store in
            _ = try store.customers.create(Fixtures.maria())
            _ = try store.customers.create(Customer(givenName: "Lee", familyName: "Lead", status: .lead))
        }
        app.press(.control("f"), .down, .right, .enter)  // the filter picker: status lead
        app.press(.control("x"))
        #expect(app.screen.contains("◂ the current filter: status lead ▸"))
        app.press(.tab, .tab)
        app.press(.control("u"))
        let path = app.temporary.directory.appendingPathComponent("leads.csv").path
        app.type(path)
        app.press(.enter)
        #expect(app.state.status?.text == "Exported 1 customer to \(path).")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("Lee") && !text.contains("María"))
    }

    @Test func exportWritesTheChosenFormat() throws {
        let app = try AppDriver { store in _ = try store.customers.create(Fixtures.maria()) }
        app.press(.control("x"))
        #expect(app.screen.contains("Export"))
        app.press(.right)  // CSV → vCard
        app.press(.tab, .tab)
        app.press(.control("u"))
        let path = app.temporary.directory.appendingPathComponent("contacts.vcf").path
        app.type(path)
        app.press(.enter)
        #expect(app.state.status?.text == "Exported 1 customer to \(path).")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("FN:María Núñez"))
    }
}
