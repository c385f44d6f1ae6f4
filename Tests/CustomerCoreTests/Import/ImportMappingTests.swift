import Foundation
import Testing
@testable import CustomerCore

@Suite struct ColumnMappingTests {
    @Test func squareHeadersMapToTheirFields() {
        let targets = ColumnMapping.automatic(headers: ["Reference ID", "First Name", "Last Name", "Email Address", "Phone Number", "Nickname",
                                                        "Company Name", "Street Address 1", "Street Address 2", "City", "State", "Postal Code",
                                                        "Birthday", "Memo", "Email Subscription Status", "Square Customer ID", "Lifetime Spend"])
        #expect(targets == [.field(.referenceID), .field(.givenName), .field(.familyName), .field(.emailAddress), .field(.phoneNumber),
                            .field(.nickname), .field(.companyName), .field(.addressLine1), .field(.addressLine2), .field(.locality),
                            .field(.region), .field(.postalCode), .field(.birthday), .field(.memo), .field(.emailSubscription), .ignore, .ignore])
    }

    @Test func spanishAndFrenchHeadersMapWithOrWithoutAccents() {
        #expect(ColumnMapping.automatic(headers: ["Nombre", "Apellido", "Correo electrónico", "Teléfono", "Código postal", "Notas"])
                == [.field(.givenName), .field(.familyName), .field(.emailAddress), .field(.phoneNumber), .field(.postalCode), .field(.memo)])
        #expect(ColumnMapping.automatic(headers: ["Prénom", "Nom", "Adresse e-mail", "Telephone", "Entreprise", "Date de naissance", "Remarques"])
                == [.field(.givenName), .field(.familyName), .field(.emailAddress), .field(.phoneNumber), .field(.companyName), .field(.birthday), .field(.memo)])
    }

    @Test func mailchimpsAddressIsOneCellAndItsTagsGoToTheMemo() {
        #expect(ColumnMapping.automatic(headers: ["Email Address", "Address", "MEMBER_RATING", "TAGS", "NOTES"])
                == [.field(.emailAddress), .oneCellAddress, .ignore, .memo, .field(.memo)])
    }

    @Test func unknownColumnsBecomeCustomFieldsAndRepeatsGoToTheMemo() {
        #expect(ColumnMapping.automatic(headers: ["Email", "Favourite colour", "E-mail", ""]) == [.field(.emailAddress), .customField("Favourite colour"), .memo, .ignore])
    }

    @Test func mapOptionsNameTargets() {
        #expect(ColumnMapping.target(named: "phone") == .field(.phoneNumber))
        #expect(ColumnMapping.target(named: "givenName") == .field(.givenName))
        #expect(ColumnMapping.target(named: "memo") == .field(.memo))
        #expect(ColumnMapping.target(named: "ignore") == .ignore)
        #expect(ColumnMapping.target(named: "custom:Hair type") == .customField("Hair type"))
        #expect(ColumnMapping.target(named: "nonsense") == nil)
    }
}

@Suite struct ImportValueTests {
    @Test(arguments: [("1990-04-12", "1990-04-12"), ("1990/4/2", "1990-04-02"), ("4/12/1990", "1990-04-12"), ("04-12", "04-12"),
                      ("04/12", "04-12"), ("4-2-90", "1990-04-02")])
    func birthdaysInSquaresFormats(_ input: String, _ expected: String) {
        #expect(ImportValues.birthday(input)?.description == expected)
    }

    @Test func subscriptionWordsOfEveryExporter() {
        #expect(ImportValues.subscription("Subscribed") == .subscribed)
        #expect(ImportValues.subscription("Explicit") == .subscribed)
        #expect(ImportValues.subscription("no") == .unsubscribed)
        #expect(ImportValues.subscription("Unknown") == .unknown)
        #expect(ImportValues.subscription("maybe") == nil)
    }

    @Test func aMailchimpAddressSplitsIntoItsParts() {
        #expect(ImportValues.splitOneCellAddress("143 Calle Mayor  Piso 2  Austin  TX  56302  US")
                == PostalAddress(line1: "143 Calle Mayor", line2: "Piso 2", locality: "Austin", region: "TX", postalCode: "56302", country: "US"))
        #expect(ImportValues.splitOneCellAddress("12 Rue Oberkampf  Paris  75011  FR")
                == PostalAddress(line1: "12 Rue Oberkampf", locality: "Paris", postalCode: "75011", country: "FR"))
        #expect(ImportValues.splitOneCellAddress("Just a street") == PostalAddress(line1: "Just a street"))
    }

    @Test func formulaCellsAreNeutralisedButPhonesAreNot() {
        #expect(CSVWriter.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVWriter.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVWriter.cell("-cmd") == "'-cmd")
        #expect(CSVWriter.cell("+1 415-555-0134", isPhone: true) == "+1 415-555-0134")
        #expect(CSVWriter.cell("(415) 555-0134", isPhone: true) == "(415) 555-0134")
        #expect(CSVWriter.cell("\tx") == "'\tx")
        #expect(CSVWriter.cell("a,b") == "\"a,b\"")
    }

    /// Cells of digits and + - ( ) . used to pass unescaped in every column (meant for phones):
    /// a memo "-1+2" reached the spreadsheet as a formula.
    @Test func onlyThePhoneColumnMayStartWithASign() {
        for formula in ["-1+2", "+1-1", "=1+1", "-2+3", "+1 415-555-0134", "+(1)", "-.5"] {
            #expect(CSVWriter.cell(formula) == "'" + formula, "\(formula)")
        }
        #expect(CSVWriter.cell("=1+1", isPhone: true) == "'=1+1")
        #expect(CSVWriter.cell("@1", isPhone: true) == "'@1")
        #expect(CSVWriter.cell("+1 415 ５５５", isPhone: true) == "'+1 415 ５５５")   // digits of another script are not phone characters here
        #expect(CSVWriter.line(["-1+2", "+1 415 555 0134", "+1-1"], phoneColumns: [1]) == "'-1+2,+1 415 555 0134,'+1-1\r\n")
    }

    /// The export's apostrophe is taken away again on import, so an export re-imports unchanged;
    /// text that already starts with guard apostrophes gets one more so it survives too.
    @Test func theImportTakesAwayTheExportsFormulaGuard() {
        #expect(CSVWriter.cell("'=x") == "''=x")
        #expect(CSVWriter.cell("'tis") == "'tis")
        #expect(ImportValues.withoutFormulaGuard("'=1+1") == "=1+1")
        #expect(ImportValues.withoutFormulaGuard("O'Brien") == "O'Brien")
        #expect(ImportValues.withoutFormulaGuard("'tis") == "'tis")
        for text in ["=1+1", "-1+2", "+1-1", "@home", "'=x", "''-1", "'tis", "''", "'", "plain"] {
            #expect(ImportValues.withoutFormulaGuard(CSVWriter.cell(text)) == text, "\(text)")
        }
    }
}

@Suite struct ImportRowConverterTests {
    let plan = ImportPlan(headers: ["First Name", "Email Address", "Phone Number", "Birthday", "Memo", "Hair type"], group: .none)

    func convert(_ fields: [String], region: String = "US") -> Result<ImportedRow, ImportRowRefusal> {
        ImportRowConverter(plan: plan, region: region, customFields: []).convert(CSVRecord(line: 7, fields: fields))
    }

    @Test func aGoodRowBecomesAProfileWithItsCustomValue() throws {
        let row = try convert(["Ana", "ana@example.com", "415 555 0134", "04/12", "Hi", "Curly"]).get()
        #expect(row.customer.phoneE164 == "+14155550134")
        #expect(row.customer.birthday?.description == "04-12")
        #expect(row.customer.creationSource == .import)
        #expect(row.customValues == ["Hair type": .text("Curly")])
    }

    @Test func everyProblemNamesItsLineAndColumn() {
        guard case .failure(let refusal) = convert(["Ana", "ana@", "12", "31/31", "card 4111 1111 1111 1111", ""]) else {
            Issue.record("expected a refusal"); return
        }
        let columns = Set(refusal.issues.map(\.column))
        #expect(columns == ["Email Address", "Phone Number", "Birthday", "Memo"])
        #expect(refusal.issues.allSatisfy { $0.line == 7 })
        #expect(!refusal.issues.map(\.reason).joined().contains("4111"))
    }

    @Test func extraCellsAreARowProblem() {
        guard case .failure(let refusal) = convert(["Ana", "", "", "", "", "", "surprise"]) else { Issue.record("expected a refusal"); return }
        #expect(refusal.issues.first?.reason == "has 7 cells but the header has 6")
    }

    @Test func anUnknownStatusIsARowProblemNamingItsColumn() throws {
        let plan = ImportPlan(headers: ["First Name", "Status"], group: .none)
        let converter = ImportRowConverter(plan: plan, region: "US", customFields: [])
        guard case .failure(let refusal) = converter.convert(CSVRecord(line: 4, fields: ["Ana", "VIP"])) else {
            Issue.record("an unknown status must not be dropped silently"); return
        }
        #expect(refusal.issues == [ImportRowIssue(line: 4, column: "Status", reason: "“VIP” is not a status (use Lead, Client or Inactive)")])
        #expect(try converter.convert(CSVRecord(line: 5, fields: ["Ana", "client"])).get().customer.status == .client)
        #expect(try converter.convert(CSVRecord(line: 6, fields: ["Ana", ""])).get().customer.status == Customer().status)
    }

    @Test func missingCellsAreEmpty() throws {
        #expect(try convert(["Ana"]).get().customer.givenName == "Ana")
    }
}
