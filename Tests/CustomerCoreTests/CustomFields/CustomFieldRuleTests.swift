import Foundation
import Testing
@testable import CustomerCore

/// Issue 15, point 3: what each kind accepts, what a label and a choice's options may be, and
/// what a change of kind does to the values already stored.
@Suite struct CustomFieldRuleTests {
    let us = PhoneNumberParser(defaultRegion: "US")
    let fr = PhoneNumberParser(defaultRegion: "FR")

    func value(_ kind: CustomFieldKind, _ text: String, choices: [String] = [], parser: PhoneNumberParser? = nil) -> CustomFieldValue? {
        try? CustomFieldDefinition(label: "F", kind: kind, choices: choices).value(from: text, phoneParser: parser ?? us).get()
    }

    func problem(_ kind: CustomFieldKind, _ text: String, choices: [String] = []) -> ValidationProblem? {
        guard case .failure(let issue) = CustomFieldDefinition(label: "F", kind: kind, choices: choices).value(from: text, phoneParser: us) else { return nil }
        return issue.problem
    }

    @Test func aNumberIsAnExactDecimalAndNothingElse() {
        #expect(value(.number, "12") == .number(12))
        #expect(value(.number, "-3.25") == .number(Decimal(string: "-3.25")!))
        #expect(value(.number, "12,5") == .number(Decimal(string: "12.5")!))
        #expect(value(.number, "1 200") == .number(1200))
        #expect(value(.number, "0.1")?.storageText == "0.1")  // exact: no binary floating point on the way
        for refused in ["1.2.3", "1,234.5", "1e5", "12abc", "--1", ".", "١٢"] {
            #expect(problem(.number, refused) == .notANumber(refused), "\(refused)")
        }
    }

    @Test func aDateIsACalendarDayStoredAsYearMonthDay() {
        #expect(value(.date, "2024-03-07")?.storageText == "2024-03-07")
        #expect(value(.date, "2024/3/7")?.storageText == "2024-03-07")
        #expect(problem(.date, "2024-02-30") == .notAFullDate("2024-02-30"))
        #expect(problem(.date, "03-07") == .notAFullDate("03-07"))
        #expect(value(.date, "2024-02-29") != nil)
        #expect(value(.date, "2023-02-29") == nil)
    }

    @Test func emailAndPhoneFollowTheProfileRules() {
        #expect(value(.email, "ana@example.com") == .email("ana@example.com"))
        #expect(problem(.email, "ana@") == .invalidEmail("ana@"))
        #expect(value(.phone, "(415) 555-0100") == .phone("+14155550100"))
        #expect(value(.phone, "06 12 34 56 78", parser: fr) == .phone("+33612345678"))  // the shop's region
        #expect(value(.phone, "hello") == nil)
    }

    @Test func yesOrNoInTheInterfaceLanguages() {
        for yes in ["yes", "Y", "true", "1", "sí", "si", "oui", "OUI"] { #expect(value(.yesNo, yes) == .yesNo(true), "\(yes)") }
        for no in ["no", "N", "false", "0", "non", "NON"] { #expect(value(.yesNo, no) == .yesNo(false), "\(no)") }
        #expect(problem(.yesNo, "maybe") == .notYesOrNo("maybe"))
    }

    @Test func aChoiceIsStoredAsTheOptionsOwnSpelling() {
        #expect(value(.choice, "LATEX", choices: ["latex", "Nickel"]) == .choice("latex"))
        #expect(value(.choice, "nickel", choices: ["latex", "Nickel"]) == .choice("Nickel"))
        #expect(problem(.choice, "gold", choices: ["latex", "Nickel"]) == .notAChoice("gold", choices: ["latex", "Nickel"]))
    }

    @Test func theGuardDecidesWhateverTheKind() {
        for kind in CustomFieldKind.allCases {
            #expect(problem(kind, "4111111111111111", choices: ["4111111111111111x"]) == .cardNumber, "\(kind)")
            #expect(problem(kind, "4111 1111 1111 1111", choices: ["x"]) == .cardNumber, "\(kind)")
        }
        #expect(problem(.text, "CVV 123") == .securityCode)
    }

    @Test func aLabelIsShortPrintableUniqueAndNoCardNumber() {
        func problems(_ label: String, among others: [CustomFieldDefinition] = []) -> [ValidationProblem] {
            CustomFieldDefinition(id: 9, label: label, kind: .text).issues(among: others).map(\.problem)
        }
        #expect(problems("Allergies").isEmpty)
        #expect(problems("   ") == [.empty])
        #expect(problems(String(repeating: "a", count: 101)) == [.tooLong(length: 101, limit: 100)])
        #expect(problems(String(repeating: "a", count: 100)).isEmpty)
        #expect(problems("Al\u{1B}[31mlergies") == [.controlCharacters])
        #expect(problems("Al\u{200B}lergies") == [.controlCharacters])
        #expect(problems("4111111111111111") == [.cardNumber])
        #expect(problems("ALLERGIES", among: [CustomFieldDefinition(id: 1, label: "Allergies", kind: .text)]) == [.labelTaken("ALLERGIES")])
        // Its own label, in another case, is a rename.
        #expect(problems("ALLERGIES", among: [CustomFieldDefinition(id: 9, label: "Allergies", kind: .text)]).isEmpty)
    }

    @Test func aChoiceHasUniqueOptionsWithoutTheHeadersSeparator() {
        func problems(_ choices: [String]) -> [ValidationProblem] {
            CustomFieldDefinition(label: "Allergies", kind: .choice, choices: choices).issues().map(\.problem)
        }
        #expect(problems(["latex", "nickel"]).isEmpty)
        #expect(problems([]) == [.noChoices])
        #expect(problems(["", " "]) == [.noChoices])
        #expect(problems(["latex", "Látex"]) == [.repeatedChoice("Látex")])
        #expect(problems(["latex|nickel"]) == [.forbiddenInChoice("latex|nickel")])
        #expect(problems(["a (choice: b"]) == [.forbiddenInChoice("a (choice: b")])
        // A text field's leftover options are not its problem (and are dropped when stored).
        #expect(CustomFieldDefinition(label: "Note", kind: .text, choices: ["a|b"]).issues().isEmpty)
        #expect(CustomFieldDefinition(label: " Note ", kind: .text, choices: ["a"]).normalized == CustomFieldDefinition(label: "Note", kind: .text))
    }

    @Test func aTypeChangeConvertsWhatFitsAndRefusesTheRestByName() {
        let before = CustomFieldDefinition(id: 1, label: "Visits", kind: .text)
        var after = before
        after.kind = .number
        let values = [StoredCustomFieldValue(customerID: 1, customerName: "Ana", text: "12"),
                      StoredCustomFieldValue(customerID: 2, customerName: "Bea", text: "twelve"),
                      StoredCustomFieldValue(customerID: 3, customerName: "Cid", text: "3,5")]
        var change = CustomFieldTypeChange(before: before, after: after)
        #expect(values.map { change.read($0, phoneParser: us) } == ["12", nil, "3.5"])
        #expect(!change.isAllowed && change.convertedCount == 2 && change.refusedCount == 1)
        #expect(change.refusals == [.init(customerID: 2, customerName: "Bea", value: "twelve", problem: .notANumber("twelve"))])
        #expect(CustomFieldTypeChange.plan(from: before, to: after, values: values, phoneParser: us) == change)
        #expect(CustomFieldTypeChangeRefused(change).description.contains("Bea (#2): “twelve”"))
    }

    @Test func aChoiceTakesTheValuesThatAreAmongItsOptions() {
        let before = CustomFieldDefinition(id: 1, label: "Allergies", kind: .text)
        let after = CustomFieldDefinition(id: 1, label: "Allergies", kind: .choice, choices: ["Latex", "Nickel"])
        let values = [StoredCustomFieldValue(customerID: 1, customerName: "Ana", text: "latex"),
                      StoredCustomFieldValue(customerID: 2, customerName: "Bea", text: "NICKEL")]
        var change = CustomFieldTypeChange(before: before, after: after)
        #expect(values.map { change.read($0, phoneParser: us) } == ["Latex", "Nickel"])
        #expect(change.isAllowed)
        // Back to text, every value fits as it is.
        var back = CustomFieldTypeChange(before: after, after: before)
        #expect(values.map { back.read($0, phoneParser: us) } == ["latex", "NICKEL"] && back.isAllowed)
    }

    @Test func aLongRefusalKeepsItsCountAndListsTheFirstHundred() {
        let before = CustomFieldDefinition(id: 1, label: "Visits", kind: .text)
        let after = CustomFieldDefinition(id: 1, label: "Visits", kind: .number)
        let values = (1...250).map { StoredCustomFieldValue(customerID: Int64($0), customerName: "C\($0)", text: "n\($0)") }
        let change = CustomFieldTypeChange.plan(from: before, to: after, values: values, phoneParser: us)
        #expect(change.refusedCount == 250 && change.refusals.count == CustomFieldTypeChange.listedRefusals)
        #expect(change.refusals.first?.customerName == "C1")
        #expect(CustomFieldTypeChangeRefused(change).description.hasSuffix("… and 150 more"))
    }
}
