import Foundation
import Testing
@testable import CustomerCore

/// Issue 15, point 4: an export's header says a field's kind and options, and reads back.
@Suite struct CustomFieldHeaderTests {
    @Test func eachKindHasItsHeader() {
        #expect(CustomFieldHeader.header(for: CustomFieldDefinition(label: "Allergies", kind: .choice, choices: ["latex", "nickel"]))
                == "custom:Allergies (choice: latex|nickel)")
        #expect(CustomFieldHeader.header(for: CustomFieldDefinition(label: "Visits", kind: .number)) == "custom:Visits (number)")
        #expect(CustomFieldHeader.header(for: CustomFieldDefinition(label: "First visit", kind: .date)) == "custom:First visit (date)")
        #expect(CustomFieldHeader.header(for: CustomFieldDefinition(label: "VIP", kind: .yesNo)) == "custom:VIP (yes/no)")
        // A text field looks as exports always wrote it.
        #expect(CustomFieldHeader.header(for: CustomFieldDefinition(label: "Stylist", kind: .text)) == "Stylist")
        #expect(CustomFieldHeader.header(for: CustomFieldDefinition(label: "Mobile", kind: .text)) == "custom:Mobile")
    }

    @Test func everyHeaderReadsBackAsItsField() {
        let fields = [
            CustomFieldDefinition(label: "Allergies", kind: .choice, choices: ["latex", "nickel (metal)"]),
            CustomFieldDefinition(label: "Visits (count)", kind: .number),
            CustomFieldDefinition(label: "Size (number)", kind: .text),     // a text label that looks typed
            CustomFieldDefinition(label: "Mobile", kind: .phone),
            CustomFieldDefinition(label: "custom:Odd", kind: .date),
            CustomFieldDefinition(label: "Where", kind: .address),
            CustomFieldDefinition(label: "Mail", kind: .email),
        ]
        for field in fields {
            let header = CustomFieldHeader.header(for: field)
            let targets = ColumnMapping.automatic(headers: [header])
            #expect(targets == [.customField(field.label)], "\(header)")
            let declared = ImportPlan(headers: [header], group: .none).declaredCustomFields.first ?? CustomFieldDefinition(label: field.label, kind: .text)
            #expect(declared.kind == field.kind && declared.choices == field.choices, "\(header)")
        }
    }

    @Test func aPlainHeaderStaysATextFieldOfThatName() {
        #expect(ColumnMapping.automatic(headers: ["Visits (number)"]) == [.customField("Visits (number)")])
        #expect(ImportPlan(headers: ["Visits (number)"], group: .none).declaredCustomFields.isEmpty)
        #expect(CustomFieldHeader.declaration("custom:Visits (colour)") == nil)
        #expect(ColumnMapping.automatic(headers: ["custom:Visits (colour)"]) == [.customField("Visits (colour)")])
        #expect(CustomFieldHeader.kind(named: "YES_NO") == .yesNo)
    }

    @Test func aDeclarationThatCannotBeAFieldIsAnIssueOfLineOne() {
        let plan = ImportPlan(headers: ["First Name", "custom:Allergies (choice: latex|latex)"], group: .none)
        #expect(plan.customFieldDeclarationIssues.map(\.line) == [1])
        #expect(plan.customFieldDeclarationIssues.first?.column == "custom:Allergies (choice: latex|latex)")
        #expect(ImportPlan(headers: ["custom:Allergies (choice: )"], group: .none).customFieldDeclarationIssues.count == 1)
    }

    @Test func cellsOfANewDeclaredFieldAreReadAsItsKind() throws {
        let plan = ImportPlan(headers: ["First Name", "custom:Visits (number)", "custom:Allergies (choice: latex|nickel)"], group: .none)
        let converter = ImportRowConverter(plan: plan, region: "US", customFields: [])
        let good = try converter.convert(CSVRecord(line: 2, fields: ["Ana", "12", "LATEX"])).get()
        #expect(good.customValues == ["Visits": .number(12), "Allergies": .choice("latex")])
        guard case .failure(let refusal) = converter.convert(CSVRecord(line: 3, fields: ["Bea", "twelve", "gold"])) else {
            Issue.record("expected a refusal"); return
        }
        #expect(refusal.issues.map(\.column) == ["custom:Visits (number)", "custom:Allergies (choice: latex|nickel)"])
        #expect(refusal.issues.allSatisfy { $0.line == 3 })
    }
}
