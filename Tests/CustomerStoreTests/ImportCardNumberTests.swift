import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore
import CustomerStore

/// What an import says when a card number is in its header, its file name or a refused row
/// (issue 12, point 17): the column named, a safe group name, the rejects file masked. Once per
/// backend, through the port; the files live in `temp`'s folder.
@Suite struct ImportCardNumberTests {
    let temp: TemporaryStore
    init() throws { temp = try TemporaryStore(region: "US") }

    func write(_ text: String, name: String = "file.csv") throws -> String {
        let path = temp.directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func importFile(_ path: String, into store: any ClienteleStoring) throws -> ImportSummary {
        let (plan, reader) = try store.imports.plan(path: path)
        return try store.imports.run(plan, reader: reader, dryRun: false)
    }

    @Test(arguments: StoreBackend.all)
    func aHeaderThatIsACardNumberIsRefusedByColumnAndNothingIsWritten(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let path = try write("First Name,4111 1111 1111 1111\nAna,x\n")
        do {
            _ = try importFile(path, into: store)
            Issue.record("the import went through")
        } catch StoreError.invalid(let failure) {
            #expect(failure.issues.map(\.fieldLabel) == ["Column 2 (“•••• 1111”)"])
            #expect(failure.issues.map(\.problem) == [.cardNumber])
        }
        #expect(try store.customers.count() == 0)
        #expect(try store.customFields.definitions().isEmpty)
        #expect(try store.groups.groups().isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func aFileNamedAfterACardNumberMakesAMaskedGroup(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let path = try write("First Name\nAna\n", name: "378282246310005.csv")
        let summary = try importFile(path, into: store)
        #expect(summary.imported == 1)
        // "•••• 0005" and the date together may pass Luhn: then the last four are dots too.
        let name = try #require(summary.groupName)
        #expect(name.hasPrefix("Import •••• 0005 ") || name.hasPrefix("Import •••• •••• "))
        #expect(SensitiveDataGuard.scan(name) == nil)
        #expect(try store.groups.groups().map(\.name) == [summary.groupName])
    }

    @Test(arguments: StoreBackend.all)
    func theRejectsFileMasksTheCardNumbersItWritesBack(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let path = try write("First Name,Email Address,Company\nAna,not-an-email,Paid 4111.1111.1111.1111 cash\n")
        let summary = try importFile(path, into: store)
        let rejects = temp.directory.appendingPathComponent("rejects.csv").path
        try store.imports.writeRejects(of: path, summary: summary, to: rejects)
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(text.contains("Paid •••• 1111 cash"))
        #expect(!text.contains("4111.1111"))
    }
}
