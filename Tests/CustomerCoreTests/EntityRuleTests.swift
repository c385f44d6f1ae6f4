import Foundation
import Testing
@testable import CustomerCore

@Suite struct CardOnFileTests {
    @Test func aTypedNumberGivesOnlyBrandAndLastFour() throws {
        let entry = try #require(CardNumberEntry("4242 4242 4242 4242"))
        #expect(entry.brand == .visa)
        #expect(entry.lastFour == "4242")
    }

    @Test func brandsAreRecognisedFromTheirRanges() {
        #expect(CardNumberEntry("5555555555554444")?.brand == .mastercard)
        #expect(CardNumberEntry("2223003122003222")?.brand == .mastercard)
        #expect(CardNumberEntry("378282246310005")?.brand == .amex)
        #expect(CardNumberEntry("6011111111111117")?.brand == .discover)
        #expect(CardNumberEntry("3566002020360505")?.brand == .jcb)
    }

    @Test func aNumberFailingLuhnIsRefused() {
        #expect(CardNumberEntry("4242 4242 4242 4241") == nil)
        #expect(CardNumberEntry("4242") == nil)
        #expect(CardNumberEntry("4242abcd42424242") == nil)
    }

    @Test func aCardNeedsWrittenAuthorization() {
        let card = CardOnFile(customerID: 1, holderName: "Ana", brand: .visa, lastFour: "4242", expiryMonth: 4, expiryYear: 2027, authorizationOnFile: false)
        #expect(card.issues().map(\.fieldLabel) == ["Authorization"])
    }

    @Test func maskedLabelAndExpiryReadAsOnACard() {
        let card = CardOnFile(customerID: 1, holderName: "Ana", brand: .visa, lastFour: "4242", expiryMonth: 4, expiryYear: 2027, authorizationOnFile: true)
        #expect(card.maskedLabel == "Visa •••• 4242")
        #expect(card.expiryText == "04/27")
        #expect(card.issues().isEmpty)
    }
}

@Suite struct AttachmentRulesTests {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]

    @Test func typesAreDetectedFromContentNotName() throws {
        #expect(try AttachmentRules.check(fileName: "photo.pdf", content: png, existingCount: 0) == .png)
        #expect(AttachmentFileType.detect(Array("%PDF-1.7".utf8)) == .pdf)
        #expect(AttachmentFileType.detect([0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
        #expect(AttachmentFileType.detect(Array("GIF89a".utf8)) == .gif)
    }

    @Test func aTextFileNamedPdfIsRefused() {
        #expect(throws: AttachmentRules.Refusal.unsupportedType(fileName: "invoice.pdf", content: .plainText, bytes: 5)) {
            try AttachmentRules.check(fileName: "invoice.pdf", content: Array("hello".utf8), existingCount: 0)
        }
    }

    @Test func aFileOverTwentyMegabytesIsRefused() {
        let big = png + [UInt8](repeating: 0, count: AttachmentRules.maximumBytes)
        #expect(throws: AttachmentRules.Refusal.tooLarge(fileName: "big.png", bytes: big.count, content: .accepted(.png))) {
            try AttachmentRules.check(fileName: "big.png", content: big, existingCount: 0)
        }
    }

    @Test func theHundredAndFirstFileIsRefused() {
        #expect(throws: AttachmentRules.Refusal.tooManyFiles(existing: 100)) {
            try AttachmentRules.check(fileName: "a.png", content: png, existingCount: 100)
        }
    }
}

@Suite struct MoneyTests {
    @Test func amountsParseInMinorUnits() {
        #expect(Money(parsing: "12.50", currency: "usd") == Money(minorUnits: 1250, currency: "USD"))
        #expect(Money(parsing: "12,5", currency: "EUR")?.minorUnits == 1250)
        #expect(Money(parsing: "1,234.56", currency: "USD")?.minorUnits == 123_456)
        #expect(Money(parsing: "1.234,56", currency: "EUR")?.minorUnits == 123_456)
        #expect(Money(parsing: "1500", currency: "JPY")?.minorUnits == 1500)
        #expect(Money(parsing: "12.345", currency: "USD")?.minorUnits == 1_234_500)
        #expect(Money(parsing: "abc", currency: "USD") == nil)
    }

    @Test func amountsFormatWithTheirCurrency() {
        #expect(Money(minorUnits: 1205, currency: "EUR").formatted == "EUR 12.05")
        #expect(Money(minorUnits: -99, currency: "USD").formatted == "USD -0.99")
        #expect(Money(minorUnits: 1500, currency: "JPY").formatted == "JPY 1500")
    }

    @Test func aDuePaymentPastItsDateIsOverdue() {
        let now = Date()
        let payment = Payment(customerID: 1, amount: Money(minorUnits: 100, currency: "USD"), status: .due, dueDate: now.addingTimeInterval(-60))
        #expect(payment.effectiveStatus(at: now) == .overdue)
        #expect(payment.effectiveStatus(at: now.addingTimeInterval(-3600)) == .due)
    }

    @Test func anAmountDueNeedsADueDate() {
        let payment = Payment(customerID: 1, amount: Money(minorUnits: 100, currency: "USD"), status: .due)
        #expect(payment.issues().map(\.fieldLabel) == ["Due date"])
    }
}

@Suite struct LoyaltyRuleTests {
    @Test func anAdjustmentNeedsAReason() {
        let entry = LoyaltyEntry(accountID: 1, kind: .adjusted, points: 10, reason: "  ")
        #expect(entry.issues(currentBalance: 0).map(\.fieldLabel) == ["Reason"])
    }

    @Test func theBalanceCannotGoBelowZero() {
        let entry = LoyaltyEntry(accountID: 1, kind: .redeemed, points: -150, reason: "Free cut")
        #expect(entry.issues(currentBalance: 100).map(\.fieldLabel) == ["Points"])
        #expect(entry.issues(currentBalance: 150).isEmpty)
    }

    @Test func pointsPerAmountCountOnlyWholeUnits() {
        let program = LoyaltyProgram(name: "Rewards", accrual: .perAmount(points: 1, amountMinor: 100))
        #expect(program.pointsEarned(forSpendMinor: 4599) == 45)
        #expect(LoyaltyProgram(name: "Visits", accrual: .perVisit(points: 10)).pointsEarned(forSpendMinor: 1) == 10)
    }
}

@Suite struct CustomFieldTests {
    let parser = PhoneNumberParser(defaultRegion: "US")

    @Test func valuesAreParsedByKind() throws {
        #expect(try CustomFieldDefinition(label: "Visits", kind: .number).value(from: "12,5", phoneParser: parser).get() == .number(Decimal(string: "12.5")!))
        #expect(try CustomFieldDefinition(label: "Since", kind: .date).value(from: "3/7/2024", phoneParser: parser).get() == .date(CalendarDate(year: 2024, month: 3, day: 7)!))
        #expect(try CustomFieldDefinition(label: "VIP", kind: .yesNo).value(from: "Oui", phoneParser: parser).get() == .yesNo(true))
        #expect(try CustomFieldDefinition(label: "Stylist", kind: .choice, choices: ["Inès", "Sam"]).value(from: "ines", phoneParser: parser).get() == .choice("Inès"))
        #expect(try CustomFieldDefinition(label: "Note", kind: .text).value(from: "   ", phoneParser: parser).get() == nil)
    }

    @Test func aWrongValueNamesTheFieldAndWhatWasExpected() {
        guard case .failure(let issue) = CustomFieldDefinition(label: "Stylist", kind: .choice, choices: ["Inès", "Sam"]).value(from: "Bob", phoneParser: parser) else {
            Issue.record("expected a failure"); return
        }
        #expect(issue.fieldLabel == "Stylist")
        #expect(issue.message.contains("Inès, Sam"))
    }

    @Test func aTextFieldRefusesCardNumbers() {
        guard case .failure = CustomFieldDefinition(label: "Note", kind: .text).value(from: "4111111111111111", phoneParser: parser) else {
            Issue.record("expected a failure"); return
        }
    }

    @Test func aChoiceFieldNeedsChoices() {
        #expect(CustomFieldDefinition(label: "Stylist", kind: .choice).issues().map(\.fieldLabel) == ["Choices"])
    }
}

@Suite struct SearchQueryTests {
    let parser = PhoneNumberParser(defaultRegion: "US")

    @Test func wordsAreFoldedForAccentsAndCase() {
        #expect(SearchQuery.interpret("Núñez MARÍA", phoneParser: parser) == .words(["nunez", "maria"], text: "Núñez MARÍA"))
    }

    @Test func digitsInAnyFormAreAPhoneLookup() {
        #expect(SearchQuery.interpret("+1 (415) 555-0134", phoneParser: parser) == .phone(digits: "14155550134", e164: "+14155550134", e164Prefixes: ["+14155550134"]))
        #expect(SearchQuery.interpret("415 555", phoneParser: parser) == .phone(digits: "415555", e164: nil, e164Prefixes: ["+1415555", "+415555"]))
        #expect(SearchQuery.interpret("06 12 34", phoneParser: PhoneNumberParser(defaultRegion: "FR"))
                == .phone(digits: "061234", e164: nil, e164Prefixes: ["+3361234", "+33061234", "+061234"]))
        #expect(SearchQuery.interpret("0034 612", phoneParser: PhoneNumberParser(defaultRegion: "FR"))
                == .phone(digits: "0034612", e164: nil, e164Prefixes: ["+34612"]))
    }

    @Test func twoDigitsAreNotYetAPhone() {
        #expect(SearchQuery.interpret("12", phoneParser: parser) == .words(["12"], text: "12"))
        #expect(SearchQuery.interpret("   ", phoneParser: parser) == .everything)
    }

    @Test func foldingRemovesAccentsLikeTheSearchIndex() {
        #expect(SearchFolding.fold("Núñez Lefèvre ÇA") == "nunez lefevre ca")
    }
}

@Suite struct DemoCustomerTests {
    @Test func demoCustomersAreValidAndDeterministic() {
        let make = { DemoCustomers.make(count: 120, seed: 7, now: Date(timeIntervalSince1970: 1_700_000_000)) { PhoneNumberParser(defaultRegion: $0) } }
        let first = make(), second = make()
        #expect(first == second)
        #expect(first.count == 120)
        let validator = CustomerValidator(region: "US")
        for customer in first {
            if case .failure(let failure) = validator.validated(customer) { Issue.record("\(customer.displayName): \(failure)") }
        }
        #expect(first.filter { $0.phoneE164 != nil }.count > 60)
    }

    @Test func demoCustomersIncludePlantedDuplicates() {
        let customers = DemoCustomers.make(count: 300, seed: 1) { PhoneNumberParser(defaultRegion: $0) }
        #expect(customers.contains { $0.referenceID.hasSuffix("-B") })
    }
}

@Suite struct SearchFoldingTests {
    @Test func theFastLatinTableAgreesWithFoundation() {
        for value in UInt32(0xC0)...UInt32(0x17F) {
            let text = String(Unicode.Scalar(value)!)
            let foundation = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            #expect(SearchFolding.fold(text) == foundation, "U+\(String(value, radix: 16))")
        }
    }

    @Test func mixedScriptsFallBackToFoundation() {
        #expect(SearchFolding.fold("Ἀθῆναι") == "αθηναι")
        #expect(SearchFolding.fold("ＡＢＣ") == "abc")
    }
}
