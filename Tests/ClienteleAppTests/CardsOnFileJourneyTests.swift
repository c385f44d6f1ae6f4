import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// Cards on file from the keyboard (PRODUCT §8, seed 003): the number is typed once, shown masked,
/// reduced to brand and last four; the written authorization is required; nothing of the number is
/// in any file afterwards, nor after a merge.
@Suite struct CardsOnFileJourneyTests {
    static let number = "4111 1111 1111 1111"

    /// Every file beside the database (the database, its journal, attachments), as bytes.
    static func everyFileBytes(in directory: URL) throws -> [(String, Data)] {
        let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        var files: [(String, Data)] = []
        while let url = walker?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { files.append((url.lastPathComponent, try Data(contentsOf: url))) }
        }
        return files
    }

    static func expectNoNumber(in directory: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (name, bytes) in try everyFileBytes(in: directory) {
            for form in ["4111111111111111", number, "4111-1111-1111-1111", "411111111111"] {
                #expect(bytes.range(of: Data(form.utf8)) == nil, "\(form) found in \(name)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func aCardIsRecordedMaskedWithItsAuthorizationAndTheNumberIsNowhere() throws {
        var ids: [CustomerID] = []
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in
            ids.append(try store.customers.create(Fixtures.maria()).id!)
            ids.append(try store.customers.create(Customer(givenName: "Mari", familyName: "Núñez", emailAddress: "maria.nunez@example.com")).id!)
        }
        app.type("555-0134")
        app.press(.enter)
        #expect(app.state.card?.customerID == ids[0], "\(app.screen)")
        app.press(.control("w"))
        #expect(app.screen.contains("Cards on file — María Núñez"), "\(app.screen)")
        #expect(app.screen.contains("processes no payment"))
        app.press(.character("a"))
        #expect(app.screen.contains("Record a card — María Núñez"))
        app.press(.tab)
        app.type(Self.number)
        #expect(app.screen.contains("•••• •••• •••• 1111"), "\(app.screen)")
        #expect(app.screen.contains("Visa ✓"))
        #expect(!app.screen.contains("4111"), "the number is never drawn: \(app.screen)")
        app.press(.tab)
        app.type("12/29")
        app.press(.tab)
        app.type("75011")
        app.press(.control("s"))
        #expect(app.screen.contains("written authorization must be on file first"), "\(app.screen)")
        #expect(try app.store.cardsOnFile.cards(for: ids[0]).isEmpty)
        app.press(.tab, .character(" "), .control("s"))
        #expect(app.screen.contains("Saved Visa •••• 1111 on file."), "\(app.screen)")
        let cards = try app.store.cardsOnFile.cards(for: ids[0])
        #expect(cards.map(\.maskedLabel) == ["Visa •••• 1111"] && cards.first?.expiryText == "12/29" && cards.first?.authorizationOnFile == true)
        try Self.expectNoNumber(in: app.temporary.directory)

        // A merge moves the card with the profile; still no number anywhere.
        _ = try app.store.merges.merge(ids[1], absorbing: ids[0])
        #expect(try app.store.cardsOnFile.cards(for: ids[1]).map(\.lastFour) == ["1111"])
        try Self.expectNoNumber(in: app.temporary.directory)
    }

    @Test func anInvalidNumberAndAnExpiredCardAreRefusedInTheForm() throws {
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in _ = try store.customers.create(Fixtures.maria()) }
        app.press(.enter, .control("w"), .character("a"), .tab)
        app.type("4111 1111 1111 1112")
        app.press(.tab)
        app.type("01/20")
        app.press(.tab, .tab, .character(" "), .control("s"))
        #expect(app.screen.contains("The card number is not valid"), "\(app.screen)")
        app.press(.tab, .tab)  // back to the number (authorization → holder → number)
        for _ in 0..<4 { app.press(.backspace) }
        app.type("1111")
        app.press(.control("s"))
        #expect(app.screen.contains("This card expired at the end of 01/20."), "\(app.screen)")
        app.press(.escape)
        #expect(app.screen.contains("Drop this card?"))
        app.press(.character("y"))
        #expect(app.state.modals.top(as: CardsOnFileState.self) != nil)
    }

    @Test func aCardIsUnlinkedAndItsAuthorizationFormWritten() throws {
        var id: CustomerID = 0
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in
            id = try store.customers.create(Fixtures.maria()).id!
            _ = try store.cardsOnFile.add(CardOnFile(customerID: id, holderName: "María Núñez", brand: .mastercard, lastFour: "4444", expiryMonth: 3,
                                                     expiryYear: 2026, authorizationOnFile: true))
        }
        app.press(.enter)
        #expect(app.screen.contains("Mastercard •••• 4444 exp 03/26 (expired)"), "\(app.screen)")
        app.press(.control("w"))
        #expect(app.screen.contains("03/26 (expired)"), "\(app.screen)")
        app.press(.character("p"), .control("u"))
        app.type(app.temporary.directory.path)
        app.press(.enter)
        #expect(app.screen.contains("The authorization form is in"), "\(app.screen)")
        let form = app.temporary.directory.appendingPathComponent("authorization Mastercard 4444 María Núñez.txt")
        let text = try String(contentsOf: form, encoding: .utf8)
        #expect(text.contains("Mastercard •••• 4444") && text.contains("Signature: ____"))
        app.press(.character("u"))
        #expect(app.screen.contains("Unlink this card?"))
        app.press(.character("y"))
        #expect(app.screen.contains("Unlinked Mastercard •••• 4444."), "\(app.screen)")
        #expect(try app.store.cardsOnFile.cards(for: id).isEmpty)
    }
}
