import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
import CustomerStore

/// What an import says when a card number is in its header, its file name or a refused row
/// (issue 12, point 17): the column named, a safe group name, the rejects file masked.
@Suite struct ImportCardNumberTests {
    let temp: TemporaryStore
    init() throws { temp = try TemporaryStore(region: "US") }

    func write(_ text: String, name: String = "file.csv") throws -> String {
        let path = temp.directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func importFile(_ path: String) throws -> ImportSummary {
        let (plan, reader) = try temp.store.imports.plan(path: path)
        return try temp.store.imports.run(plan, reader: reader, dryRun: false)
    }

    @Test func aHeaderThatIsACardNumberIsRefusedByColumnAndNothingIsWritten() throws {
        let path = try write("First Name,4111 1111 1111 1111\nAna,x\n")
        do {
            _ = try importFile(path)
            Issue.record("the import went through")
        } catch StoreError.invalid(let failure) {
            #expect(failure.issues.map(\.fieldLabel) == ["Column 2 (“•••• 1111”)"])
            #expect(failure.issues.map(\.problem) == [.cardNumber])
        }
        #expect(try temp.store.customers.count() == 0)
        #expect(try temp.store.customFields.definitions().isEmpty)
        #expect(try temp.store.groups.groups().isEmpty)
    }

    @Test func aFileNamedAfterACardNumberMakesAMaskedGroup() throws {
        let path = try write("First Name\nAna\n", name: "378282246310005.csv")
        let summary = try importFile(path)
        #expect(summary.imported == 1)
        // "•••• 0005" and the date together may pass Luhn: then the last four are dots too.
        let name = try #require(summary.groupName)
        #expect(name.hasPrefix("Import •••• 0005 ") || name.hasPrefix("Import •••• •••• "))
        #expect(SensitiveDataGuard.scan(name) == nil)
        #expect(try temp.store.groups.groups().map(\.name) == [summary.groupName])
    }

    @Test func theRejectsFileMasksTheCardNumbersItWritesBack() throws {
        let path = try write("First Name,Email Address,Company\nAna,not-an-email,Paid 4111.1111.1111.1111 cash\n")
        let summary = try importFile(path)
        let rejects = temp.directory.appendingPathComponent("rejects.csv").path
        try temp.store.imports.writeRejects(of: path, summary: summary, to: rejects)
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(text.contains("Paid •••• 1111 cash"))
        #expect(!text.contains("4111.1111"))
    }
}
