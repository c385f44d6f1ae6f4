import Foundation
import Testing
@testable import CustomerCore

/// Issue 12, point 20: mobile-phone headers, custom field labels that the store would make one,
/// the confirmation count, and a header of thousands of columns handled in one pass.
@Suite struct ImportHeaderTests {
    @Test(arguments: ["Teléfono móvil", "TELEFONO MOVIL", "Móvil", "movil", "Celular", "Teléfono celular", "Portable", "Téléphone portable",
                      "telephone portable", "Mobile", "Mobile Phone", "mobile-phone", "Cell", "Cell Phone", "Cellphone", "Mobile number"])
    func mobilePhoneHeadersMapToThePhone(_ header: String) {
        #expect(ColumnMapping.automatic(headers: ["First Name", header]) == [.field(.givenName), .field(.phoneNumber)])
    }

    @Test func theRejectsFilesProblemColumnIsIgnoredOnlyAsTheFirstColumn() {
        #expect(ColumnMapping.automatic(headers: ["Problem", "First Name"]) == [.ignore, .field(.givenName)])
        #expect(ColumnMapping.automatic(headers: ["First Name", "Problem"]) == [.field(.givenName), .customField("Problem")])
    }

    @Test func headersSharingTheirFirst100CharactersAreNamedWithBothColumns() {
        let long = String(repeating: "Preferencia de contacto y horario ", count: 4)  // 136 characters
        let plan = ImportPlan(headers: ["First Name", long + "A", "City", long + "B"], group: .none)
        let clashes = plan.customFieldLabelClashes
        #expect(clashes.count == 1)
        #expect(clashes.first?.line == 1)
        #expect(clashes.first?.column == long + "B")
        #expect(clashes.first?.reason.contains("column 4 and column 2") == true)
        // The same header twice is one field on purpose, and short labels never clash.
        #expect(ImportPlan(headers: [long, long, "Extra", "extra"], group: .none).customFieldLabelClashes.isEmpty)
    }

    @Test func newCustomFieldsAreCountedOnceInColumnOrderWithoutTheExistingOnes() {
        var plan = ImportPlan(headers: ["Zeta", "First Name", "Alpha", "Mid", "zeta", "Hair type"], group: .none)
        plan.existingCustomFieldLabels = ["HAIR TYPE"]
        #expect(plan.newCustomFieldLabels == ["Zeta", "Alpha", "Mid"])
        #expect(plan.newCustomFieldCount == 3)
        #expect(!plan.needsCustomFieldConfirmation)
        plan.allowedNewCustomFields = 2
        #expect(plan.needsCustomFieldConfirmation)
    }

    /// 5,000 and 50,000 columns: the mapping, the count and the clash check take time in
    /// proportion (a pass comparing every column with every other took 100× longer for 10× the columns).
    @Test func thousandsOfColumnsAreHandledInOnePass() {
        func seconds(_ columns: Int) -> Double {
            let headers = (0..<columns).map { "Extra column \($0)" }
            let start = Date()
            let plan = ImportPlan(headers: headers, group: .none)
            #expect(plan.newCustomFieldCount == columns)
            #expect(plan.customFieldLabelClashes.isEmpty)
            return Date().timeIntervalSince(start)
        }
        _ = seconds(500)
        let small = min(seconds(5_000), seconds(5_000))
        let large = min(seconds(50_000), seconds(50_000))
        #expect(large < small * 30, "5,000 columns: \(small) s, 50,000: \(large) s")
    }
}
