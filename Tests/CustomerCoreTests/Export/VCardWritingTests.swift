import Foundation
import Testing
import CustomerCore

/// The vCard export's text, byte for byte: RFC 6350 escapes and folding, as a contacts app reads them back.
@Suite struct VCardWritingTests {
    @Test func escapesCommasSemicolonsBackslashesAndNewlines() throws {
        let customer = Customer(id: 7, givenName: "Ana; Mª", familyName: "O\\Brien, Jr", companyName: "Café, Bar; & Co",
                                emailAddress: "ana@example.com", phoneNumber: "555 0134",
                                address: PostalAddress(line1: "1 Rue, Haute", line2: "Apt 2", locality: "Paris", postalCode: "75001", country: "FR"),
                                birthday: try #require(Birthday(year: 1987, month: 4, day: 9)), memo: "line one\nline two")
        let expected = [
            "BEGIN:VCARD", "VERSION:4.0", "FN:Ana\\; Mª O\\\\Brien\\, Jr", "N:O\\\\Brien\\, Jr;Ana\\; Mª;;;", "ORG:Café\\, Bar\\; & Co",
            "EMAIL:ana@example.com", "TEL:555 0134", "ADR:;Apt 2;1 Rue\\, Haute;Paris;;75001;FR", "BDAY:19870409",
            "NOTE:line one\\nline two", "UID:urn:clientele:7", "END:VCARD",
        ].map { $0 + "\r\n" }.joined()
        #expect(DirectoryExportWriter.vCard(customer) == expected)
    }

    @Test func understoodNumbersAreTelURIsAndBirthdaysWithoutYearStartWithDashes() throws {
        let customer = Customer(givenName: "Bo", phoneNumber: "(415) 555-0134", phoneE164: "+14155550134",
                                birthday: try #require(Birthday(year: nil, month: 2, day: 29)))
        #expect(DirectoryExportWriter.vCard(customer)
            == "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bo\r\nN:;Bo;;;\r\nTEL;VALUE=uri:tel:+14155550134\r\nBDAY:--0229\r\nEND:VCARD\r\n")
    }

    @Test func longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        let memo = String(repeating: "é", count: 100)  // two octets each
        let card = DirectoryExportWriter.vCard(Customer(givenName: "Bo", memo: memo))
        let note = "NOTE:" + String(repeating: "é", count: 35) + "\r\n " + String(repeating: "é", count: 37) + "\r\n " + String(repeating: "é", count: 28)
        #expect(card.contains("\r\n" + note + "\r\nEND:VCARD"))
        for line in card.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        // Exactly 75 octets stays on one line.
        let fits = "NOTE:" + String(repeating: "a", count: 70)
        #expect(DirectoryExportWriter.fold(fits) == fits)
        #expect(DirectoryExportWriter.fold(fits + "b") == fits + "\r\n b")
    }
}
