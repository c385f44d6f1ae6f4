import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// Contract, issue 15 points 3 and 4: a field's kind changes in one transaction or not at all,
/// fields keep the order they are moved to, a delete knows how many values it takes, and an
/// export → import keeps kinds, options and order. Once per backend.
@Suite struct CustomFieldsStoreTests {
    func shop(_ backend: StoreBackend, region: String = "US") throws -> (store: any ClienteleStoring, ana: CustomerID, bea: CustomerID) {
        let store = try backend.makeStore(region: region)
        let ana = try store.customers.create(Customer(givenName: "Ana", familyName: "Alba")).id!
        let bea = try store.customers.create(Customer(givenName: "Bea", familyName: "Bell")).id!
        return (store, ana, bea)
    }

    @Test(arguments: StoreBackend.all)
    func aTypeChangeConvertsEveryValueThatFits(_ backend: StoreBackend) throws {
        let (store, ana, bea) = try shop(backend)
        let visits = try store.customFields.save(CustomFieldDefinition(label: "Visits", kind: .text))
        try store.customFields.setValue(.text("12"), fieldID: visits.id!, customerID: ana)
        try store.customFields.setValue(.text("3,5"), fieldID: visits.id!, customerID: bea)
        let changed = try store.customFields.changeType(fieldID: visits.id!, to: .number, choices: [])
        #expect(changed.kind == .number)
        #expect(try store.customFields.values(for: ana)[visits.id!] == .number(12))
        #expect(try store.customFields.values(for: bea)[visits.id!] == .number(Decimal(string: "3.5")!))
        #expect(try store.customFields.definitions().map(\.kind) == [.number])
        // Stored in the new kind's form, not only read as it: the export writes what is stored.
        #expect(try exportedCSV(store).contains(",Bea,Bell,") && exportedCSV(store).hasSuffix(",3.5\r\n"))
    }

    func exportedCSV(_ store: any ClienteleStoring) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fields-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try store.exports.export(format: .csv, to: handle)
        try handle.close()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test(arguments: StoreBackend.all)
    func aRefusedTypeChangeNamesTheValuesAndChangesNothing(_ backend: StoreBackend) throws {
        let (store, ana, bea) = try shop(backend)
        let allergies = try store.customFields.save(CustomFieldDefinition(label: "Allergies", kind: .text))
        try store.customFields.setValue(.text("LATEX"), fieldID: allergies.id!, customerID: ana)
        try store.customFields.setValue(.text("pollen"), fieldID: allergies.id!, customerID: bea)
        let planned = try store.customFields.planTypeChange(fieldID: allergies.id!, to: .choice, choices: ["latex", "nickel"])
        #expect(planned.refusals.map(\.customerName) == ["Bea Bell"])
        #expect(throws: CustomFieldTypeChangeRefused(planned)) {
            try store.customFields.changeType(fieldID: allergies.id!, to: .choice, choices: ["latex", "nickel"])
        }
        #expect(try store.customFields.definitions() == [allergies])
        #expect(try store.customFields.values(for: ana)[allergies.id!] == .text("LATEX"))  // not even the value that fitted
        // With pollen among the options, it goes through, each value spelt as its option.
        _ = try store.customFields.changeType(fieldID: allergies.id!, to: .choice, choices: ["latex", "nickel", "Pollen"])
        #expect(try store.customFields.values(for: ana)[allergies.id!] == .choice("latex"))
        #expect(try store.customFields.values(for: bea)[allergies.id!] == .choice("Pollen"))
        // Dropping an option someone has is refused as well.
        #expect(throws: CustomFieldTypeChangeRefused.self) {
            try store.customFields.changeType(fieldID: allergies.id!, to: .choice, choices: ["latex", "nickel"])
        }
    }

    /// Past the store's chunk of 1,000: a refusal late in the field takes back the rewrites made before it.
    @Test(arguments: StoreBackend.all)
    func aRefusalPastTheFirstThousandValuesTakesBackEveryRewrite(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("visits-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let rows = (1...1_500).map { "C\($0),\"\($0 == 1_400 ? "many" : "\($0),5")\"" }
        try Data((["First Name,Visits"] + rows).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        let (plan, reader) = try store.imports.plan(path: path, group: ImportGroupChoice.none)
        #expect(try store.imports.run(plan, reader: reader, dryRun: false).imported == 1_500)
        let visits = try #require(try store.customFields.definitions().first)
        let first = try #require(try store.customers.search("C1").rows.first { $0.displayName == "C1" }?.id)
        #expect(throws: CustomFieldTypeChangeRefused.self) { try store.customFields.changeType(fieldID: visits.id!, to: .number, choices: []) }
        let planned = try store.customFields.planTypeChange(fieldID: visits.id!, to: .number, choices: [])
        #expect(planned.refusedCount == 1 && planned.convertedCount == 1_499)
        #expect(planned.refusals.map(\.customerName) == ["C1400"])
        #expect(try store.customFields.values(for: first)[visits.id!] == .text("1,5"))
        #expect(try exportedCSV(store).contains(",\"1,5\"\r\n"))
    }

    @Test(arguments: StoreBackend.all)
    func aTextBecomesAPhoneReadForTheShopsRegion(_ backend: StoreBackend) throws {
        let (store, ana, _) = try shop(backend, region: "FR")
        let line = try store.customFields.save(CustomFieldDefinition(label: "Second line", kind: .text))
        try store.customFields.setValue(.text("06 12 34 56 78"), fieldID: line.id!, customerID: ana)
        _ = try store.customFields.changeType(fieldID: line.id!, to: .phone, choices: [])
        #expect(try store.customFields.values(for: ana)[line.id!] == .phone("+33612345678"))
    }

    @Test(arguments: StoreBackend.all)
    func aNumberOrPhoneFieldRefusesACardNumber(_ backend: StoreBackend) throws {
        let (store, ana, _) = try shop(backend)
        for kind in [CustomFieldKind.number, .phone, .date, .choice] {
            let field = try store.customFields.save(CustomFieldDefinition(label: "F \(kind)", kind: kind, choices: kind == .choice ? ["x"] : []))
            #expect(throws: StoreError.self, "\(kind)") {
                try store.customFields.setValue(.number(Decimal(string: "4111111111111111")!), fieldID: field.id!, customerID: ana)
            }
        }
        #expect(try store.customFields.values(for: ana).isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func fieldsKeepTheOrderTheyAreMovedTo(_ backend: StoreBackend) throws {
        let (store, _, _) = try shop(backend)
        let ids = try ["A", "B", "C", "D"].map { try store.customFields.save(CustomFieldDefinition(label: $0, kind: .text)).id! }
        #expect(try store.customFields.move(fieldID: ids[3], to: 1).map(\.label) == ["D", "A", "B", "C"])
        #expect(try store.customFields.definitions().map(\.label) == ["D", "A", "B", "C"])
        #expect(try store.customFields.definitions().map(\.position) == [1, 2, 3, 4])
        _ = try store.customFields.move(fieldID: ids[0], to: 99)
        #expect(try store.customFields.definitions().map(\.label) == ["D", "B", "C", "A"])
        #expect(throws: StoreError.notFound(what: "custom field", id: 999)) { try store.customFields.move(fieldID: 999, to: 1) }
        // A field added afterwards goes last.
        _ = try store.customFields.save(CustomFieldDefinition(label: "E", kind: .text))
        #expect(try store.customFields.definitions().map(\.label) == ["D", "B", "C", "A", "E"])
    }

    @Test(arguments: StoreBackend.all)
    func aDeleteKnowsHowManyValuesItTakes(_ backend: StoreBackend) throws {
        let (store, ana, bea) = try shop(backend)
        let stylist = try store.customFields.save(CustomFieldDefinition(label: "Stylist", kind: .text))
        let empty = try store.customFields.save(CustomFieldDefinition(label: "Unused", kind: .text))
        try store.customFields.setValue(.text("Inès"), fieldID: stylist.id!, customerID: ana)
        try store.customFields.setValue(.text("Sam"), fieldID: stylist.id!, customerID: bea)
        #expect(try store.customFields.valueCount(fieldID: stylist.id!) == 2)
        #expect(try store.customFields.valueCount(fieldID: empty.id!) == 0)
        #expect(try store.customFields.valueCounts() == [stylist.id!: 2])
        try store.customFields.delete(id: stylist.id!)
        #expect(try store.customFields.values(for: ana).isEmpty)
        #expect(throws: StoreError.notFound(what: "custom field", id: stylist.id!)) { try store.customFields.delete(id: stylist.id!) }
    }

    @Test(arguments: StoreBackend.all)
    func aRenameKeepsValuesAndOptionsAreStored(_ backend: StoreBackend) throws {
        let (store, ana, _) = try shop(backend)
        var field = try store.customFields.save(CustomFieldDefinition(label: "Alergies", kind: .choice, choices: [" latex ", "nickel", ""]))
        #expect(field.choices == ["latex", "nickel"])
        try store.customFields.setValue(.choice("latex"), fieldID: field.id!, customerID: ana)
        field.label = "Allergies"
        _ = try store.customFields.save(field)
        #expect(try store.customFields.definitions().map(\.label) == ["Allergies"])
        #expect(try store.customFields.definitions().map(\.choices) == [["latex", "nickel"]])
        #expect(try store.customFields.values(for: ana)[field.id!] == .choice("latex"))
        #expect(throws: StoreError.self) { try store.customFields.save(CustomFieldDefinition(label: "Bad", kind: .choice, choices: ["a|b"])) }
    }

    /// Point 4: import → export → import keeps every field's kind, options and order.
    @Test(arguments: StoreBackend.all)
    func anExportReimportsWithItsFieldsKindsOptionsAndOrder(_ backend: StoreBackend) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fields-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("in.csv").path
        try Data("""
            First Name,custom:VIP (yes/no),custom:Allergies (choice: latex|nickel (metal)),Stylist,custom:Visits (number),custom:First visit (date),custom:Mobile (phone)
            Ana,oui,LATEX,Inès,12,2024-03-07,(415) 555-0100
            Bea,no,nickel (metal),Sam,3.5,,

            """.utf8).write(to: URL(fileURLWithPath: source))
        func importFile(_ path: String, into store: any ClienteleStoring) throws -> ImportSummary {
            let (plan, reader) = try store.imports.plan(path: path, group: ImportGroupChoice.none)
            return try store.imports.run(plan, reader: reader, dryRun: false)
        }
        func export(_ store: any ClienteleStoring, _ name: String) throws -> String {
            let path = folder.appendingPathComponent(name).path
            FileManager.default.createFile(atPath: path, contents: nil)
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try store.exports.export(format: .csv, to: handle)
            try handle.close()
            return path
        }
        func shape(_ store: any ClienteleStoring) throws -> [String] {
            try store.customFields.definitions().map { "\($0.label):\($0.kind.rawValue):\($0.choices.joined(separator: "|"))" }
        }
        let first = try backend.makeStore()
        #expect(try importFile(source, into: first).imported == 2)
        let expected = ["VIP:yes_no:", "Allergies:choice:latex|nickel (metal)", "Stylist:text:", "Visits:number:", "First visit:date:", "Mobile:phone:"]
        #expect(try shape(first) == expected)
        let exported = try export(first, "out.csv")
        let header = try String(contentsOfFile: exported, encoding: .utf8).components(separatedBy: "\r\n")[0]
        #expect(header.hasSuffix(",custom:VIP (yes/no),custom:Allergies (choice: latex|nickel (metal)),Stylist,custom:Visits (number),custom:First visit (date),custom:Mobile (phone)"))

        let second = try backend.makeStore()
        #expect(try importFile(exported, into: second).imported == 2)
        #expect(try shape(second) == expected)
        let ana = try #require(try second.customers.search("ana").rows.first?.id)
        let values = try second.customFields.values(for: ana)
        #expect(Set(values.values) == [.yesNo(true), .choice("latex"), .text("Inès"), .number(12), .date(CalendarDate(year: 2024, month: 3, day: 7)!), .phone("+14155550100")])
        // And again: the second export is the first, byte for byte.
        #expect(try String(contentsOfFile: export(second, "again.csv"), encoding: .utf8) == String(contentsOfFile: exported, encoding: .utf8))
    }

    @Test(arguments: StoreBackend.all)
    func aBadCellOfATypedColumnIsRefusedWithItsLineAndColumn(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("typed-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("First Name,custom:Visits (number)\nAna,12\nBea,twelve\n".utf8).write(to: URL(fileURLWithPath: path))
        let (plan, reader) = try store.imports.plan(path: path, group: ImportGroupChoice.none)
        let summary = try store.imports.run(plan, reader: reader, dryRun: false)
        #expect(summary.imported == 1)
        #expect(summary.rejected.map(\.description) == ["line 3, column “custom:Visits (number)”: “twelve” is not a number"])
    }
}
