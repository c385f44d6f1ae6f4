import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// `clientele cards` as scripts use it: the real binary and file; the number given on the command
/// line is checked and dropped — it is in no file afterwards and never echoed.
@Suite(.serialized) struct CardsCommandTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-cards-cli")
    }

    func run(_ arguments: [String]) throws -> ClienteleProcess.Outcome {
        try ClienteleProcess.run(arguments + ["--db", db])
    }

    func customer() throws -> String {
        let outcome = try run(["add", "--given-name", "Ana", "--family-name", "Ruiz", "--phone", "+1 415 555 0100", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as! [String: Any]
        return String((object["id"] as! NSNumber).int64Value)
    }

    /// The number in any of its written forms, in any file of the shop's folder.
    func expectNumberNowhere(_ digits: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard let bytes = try? Data(contentsOf: url) else { continue }
            #expect(bytes.range(of: Data(digits.utf8)) == nil, "found in \(url.lastPathComponent)", sourceLocation: sourceLocation)
        }
    }

    @Test func aCardIsRecordedListedAndUnlinkedAndItsNumberKeptNowhere() throws {
        let id = try customer()
        let refused = try run(["cards", "add", id, "--number", "4111 1111 1111 1111", "--expiry", "12/29", "--holder", "Ana Ruiz"])
        #expect(refused.status == 3 && refused.standardError.contains("written authorization"), "\(refused.standardError)")
        let added = try run(["cards", "add", id, "--number", "4111 1111 1111 1111", "--expiry", "12/29", "--holder", "Ana Ruiz", "--postal", "94110", "--authorized"])
        #expect(added.status == 0, "\(added.standardError)")
        #expect(added.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(" Visa •••• 1111"), "\(added.standardOutput)")
        let cardID = try #require(added.standardOutput.split(separator: " ").first.map(String.init))
        let listed = try run(["cards", id, "--json"])
        let cards = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]])
        #expect(cards.count == 1 && cards[0]["label"] as? String == "Visa •••• 1111" && cards[0]["expiry"] as? String == "12/29"
                && cards[0]["authorized"] as? Bool == true && cards[0]["expired"] as? Bool == false, "\(listed.standardOutput)")
        try expectNumberNowhere("4111111111111111")
        try expectNumberNowhere("4111 1111 1111 1111")

        let form = try run(["cards", "authorization", cardID, "--to", directory.path, "--language", "es"])
        #expect(form.status == 0, "\(form.standardError)")
        let text = try String(contentsOfFile: form.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines), encoding: .utf8)
        #expect(text.contains("Tarjeta: Visa •••• 1111, vence 12/29") && text.contains("Firma:"), "\(text)")

        let unlinked = try run(["cards", "unlink", cardID])
        #expect(unlinked.status == 0 && unlinked.standardOutput.contains("Unlinked Visa •••• 1111."), "\(unlinked.standardOutput)")
        #expect(try run(["cards", "unlink", cardID]).status == 1)
    }

    @Test func aNumberThatIsNoCardOrAnExpiryPastIsRefusedAndNeverEchoed() throws {
        let id = try customer()
        let typo = try run(["cards", "add", id, "--number", "4111 1111 1111 1112", "--expiry", "12/29", "--holder", "Ana", "--authorized"])
        #expect(typo.status == 3 && typo.standardError.contains("not a valid card number"), "\(typo.standardError)")
        #expect(!typo.standardError.contains("1112") && !typo.standardOutput.contains("1112"))
        let expired = try run(["cards", "add", id, "--number", "5555 5555 5555 4444", "--expiry", "01/20", "--holder", "Ana", "--authorized"])
        #expect(expired.status == 3 && expired.standardError.contains("expired"), "\(expired.standardError)")
        let badExpiry = try run(["cards", "add", id, "--number", "5555 5555 5555 4444", "--expiry", "13/29", "--holder", "Ana", "--authorized"])
        #expect(badExpiry.status == 3 && badExpiry.standardError.contains("is not MM/YY"), "\(badExpiry.standardError)")
        #expect(try run(["cards", "999"]).status == 1)
        try expectNumberNowhere("5555555555554444")
    }
}

@Suite struct CardExpiryTests {
    @Test(arguments: [("04/27", 4, 2027), ("4/27", 4, 2027), ("04/2027", 4, 2027), ("0427", 4, 2027), ("12-30", 12, 2030)])
    func expiriesAsTyped(_ typed: String, _ month: Int, _ year: Int) throws {
        let parsed = try #require(CardExpiry.parse(typed))
        #expect(parsed.month == month && parsed.year == year)
    }

    @Test(arguments: ["13/27", "0/27", "04", "april", "04/1999", ""])
    func notExpiries(_ typed: String) {
        #expect(CardExpiry.parse(typed) == nil)
    }

    @Test func theAuthorizationFormNamesTheCardNotItsNumber() {
        let card = CardOnFile(customerID: 1, holderName: "Ana Ruiz", brand: .visa, lastFour: "1111", expiryMonth: 12, expiryYear: 2029, authorizationOnFile: true)
        let text = CardAuthorizationForm.text(shopName: "Salón Rosa", customerName: "Ana Ruiz", card: card, date: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(text.contains("Shop: Salón Rosa") && text.contains("Card: Visa •••• 1111, expires 12/29") && text.contains("Date: 2026-11-18"))
        #expect(CardAuthorizationForm.fileName(customerName: "A/B", card: card) == "authorization Visa 1111 A-B.txt")
    }
}
