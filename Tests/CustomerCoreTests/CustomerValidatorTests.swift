import Foundation
import Testing
@testable import CustomerCore

@Suite struct CustomerValidatorTests {
    let validator = CustomerValidator(region: "US")

    func issues(_ customer: Customer) -> [ValidationIssue] {
        if case .failure(let failure) = validator.validated(customer) { return failure.issues }
        return []
    }

    @Test func aProfileWithOnlyAPhoneIsAccepted() throws {
        let saved = try validator.validated(Customer(phoneNumber: "(415) 555-0134")).get()
        #expect(saved.phoneE164 == "+14155550134")
        #expect(saved.phoneNumber == "(415) 555-0134")
    }

    @Test func anEmptyProfileIsRefusedWithTheRule() {
        let found = issues(Customer(nickname: "Bob", memo: "hello"))
        #expect(found.count == 1)
        #expect(found[0].message.contains("at least one of given name, family name, company, email or phone"))
    }

    @Test func anInvalidEmailNamesTheFieldAndTheValue() {
        let found = issues(Customer(givenName: "Ana", emailAddress: "ana@@example"))
        #expect(found.map(\.field) == [.emailAddress])
        #expect(found[0].message.contains("ana@@example"))
    }

    @Test func anUnparseablePhoneIsRefusedNotStored() {
        let found = issues(Customer(givenName: "Ana", phoneNumber: "12"))
        #expect(found.map(\.field) == [.phoneNumber])
    }

    @Test func namesLongerThanSquaresLimitsAreRefused() {
        let found = issues(Customer(givenName: String(repeating: "a", count: 301), nickname: String(repeating: "b", count: 101)))
        #expect(Set(found.compactMap(\.field)) == [.givenName, .nickname])
        #expect(found.first { $0.field == .givenName }?.message.contains("the limit is 300") == true)
    }

    @Test func aCardNumberInTheMemoIsRefusedWithoutEchoingIt() {
        let found = issues(Customer(givenName: "Ana", memo: "pays with 4111 1111 1111 1111 usually"))
        #expect(found.map(\.field) == [.memo])
        #expect(found[0].message.contains("card number"))
        #expect(!found[0].message.contains("4111"))
    }

    @Test func aCVVInACompanyNameIsRefused() {
        let found = issues(Customer(givenName: "Ana", companyName: "CVV 123"))
        #expect(found.map(\.field) == [.companyName])
    }

    @Test func textIsTrimmedBeforeSaving() throws {
        let saved = try validator.validated(Customer(givenName: "  Ana  ", emailAddress: " ana@example.com ")).get()
        #expect(saved.givenName == "Ana")
        #expect(saved.emailAddress == "ana@example.com")
    }

    @Test func everyProblemIsReportedAtOnce() {
        let found = issues(Customer(givenName: "Ana", emailAddress: "nope", phoneNumber: "12", memo: "4111111111111111"))
        #expect(Set(found.compactMap(\.field)) == [.emailAddress, .phoneNumber, .memo])
    }
}

@Suite struct SensitiveDataGuardTests {
    @Test(arguments: ["4111 1111 1111 1111", "4111-1111-1111-1111", "card 5500005555555559 exp 12/27",
                      "amex 378282246310005", "ref 4111111111111111 99", "4012888888881881"])
    func luhnValidCardNumbersAreFound(_ text: String) {
        #expect(SensitiveDataGuard.scan(text) == .cardNumber)
    }

    @Test(arguments: ["Phone +1 415 555 0134", "Order 1234567890123", "0000000000000000", "IBAN-less note", "4111 1111 1111 1112"])
    func ordinaryNumbersAreNotCards(_ text: String) {
        #expect(SensitiveDataGuard.scan(text) == nil)
    }

    @Test(arguments: ["CVV 123", "cvc: 1234", "CVV2=999", "security code 321", "código de seguridad 123", "Cryptogramme visuel 456", "CID: 4321", "csc 999", "Security Code #: 1234"])
    func securityCodesAreFound(_ text: String) {
        #expect(SensitiveDataGuard.scan(text) == .securityCode)
    }

    @Test func aWordContainingCvvLettersIsNotACode() {
        #expect(SensitiveDataGuard.scan("Visited 123 Main St") == nil)
    }
}

@Suite struct EmailAddressTests {
    @Test func normalisingIgnoresCaseAndSpaces() {
        #expect(EmailAddress.normalize(" Maria.Nunez@Example.COM ") == "maria.nunez@example.com")
    }

    @Test(arguments: ["ana@example.com", "a.b+tag@sub.example.co.uk", "o'brien@example.ie"])
    func validAddressesPass(_ email: String) { #expect(EmailAddress.isValid(email)) }

    @Test(arguments: ["ana", "ana@", "@example.com", "ana@example", "ana@@example.com", "ana..b@example.com", "ana@exa mple.com", "ana@-example.com"])
    func invalidAddressesFail(_ email: String) { #expect(!EmailAddress.isValid(email)) }
}

@Suite struct BirthdayTests {
    /// The byte-level check of ASCII addresses is the fast twin of the general one: same answers.
    @Test(arguments: ["ana@example.com", " ana@example.com ", "a.b+tag@sub.example.co.uk", "o'brien@example.ie", "ana", "ana@",
                      "@example.com", "ana@example", "ana@@example.com", "ana..b@example.com", "ana@exa mple.com", "ana@-example.com",
                      "ana@example-.com", "ana@example.c", "ana@example.c0m", "ana@example..com", "ana@.example.com", "ana@example.com.",
                      ".ana@example.com", "ana.@example.com", "a@b.co", "ana@ex_ample.com", "ana(x)@example.com", "a@b@c.com",
                      String(repeating: "a", count: 64) + "@example.com", String(repeating: "a", count: 65) + "@example.com",
                      "ana@" + String(repeating: "b", count: 63) + ".com", "ana@" + String(repeating: "b", count: 64) + ".com",
                      "ana@" + String(repeating: "b.", count: 124) + "com", "ana@" + String(repeating: "b.", count: 126) + "com"])
    func asciiAddressesGetTheSameAnswerFromBothChecks(_ email: String) {
        #expect(EmailAddress.isValidASCII(email) == EmailAddress.isValidAnyScript(email))
    }

    @Test func aBirthdayWithoutYearRoundTrips() {
        #expect(Birthday("04-12")?.description == "04-12")
        #expect(Birthday("04-12")?.year == nil)
    }

    @Test func aFullBirthdayRoundTrips() { #expect(Birthday("1990-02-28")?.description == "1990-02-28") }

    @Test func february29thIsValidWithoutAYearAndInLeapYearsOnly() {
        #expect(Birthday("02-29") != nil)
        #expect(Birthday("2000-02-29") != nil)
        #expect(Birthday("1999-02-29") == nil)
    }

    @Test(arguments: ["13-01", "04-31", "1990/01/01", "hello", "1990-1-1-1", ""])
    func impossibleOrMalformedDatesAreRefused(_ text: String) { #expect(Birthday(text) == nil) }
}
