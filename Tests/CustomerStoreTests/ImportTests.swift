import Foundation
import GRDB
import Testing
import ClienteleTestSupport
import SampleCustomers
@testable import CustomerCore
@testable import CustomerStore

/// Files as shops have them, through the real reader, converter and store. Contract tests run
/// once per backend through the port (`store.imports`); the files live in `temp`'s folder, and the
/// tests of exports and of the SQLite file itself use `temp`'s store.
@Suite struct ImportTests {

    let temp: TemporaryStore
    init() throws { temp = try TemporaryStore(region: "US") }

    func generate(_ options: CustomerListOptions, truth: String? = nil) throws -> String {
        try SampleListFile.write(options, in: temp.directory, truth: truth)
    }

    func write(_ bytes: [UInt8], name: String = "file.csv") throws -> String {
        let path = temp.directory.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func importFile(_ path: String, into store: any ClienteleStoring, dryRun: Bool = false, group: ImportGroupChoice? = nil) throws -> ImportSummary {
        let (plan, reader) = try store.imports.plan(path: path, group: group)
        return try store.imports.run(plan, reader: reader, dryRun: dryRun)
    }

    static let layouts: [CustomerListOptions] = [
        .init(layout: .square), .init(layout: .mailchimp), .init(layout: .constantContact), .init(layout: .spanishSpreadsheet),
        .init(layout: .frenchSpreadsheet), .init(layout: .square, encoding: .utf8WithBOM), .init(layout: .frenchSpreadsheet, encoding: .windows1252),
        .init(layout: .spanishSpreadsheet, encoding: .utf16), .init(layout: .square, delimiter: .semicolon), .init(layout: .mailchimp, delimiter: .tab),
    ]

    @Test(arguments: StoreBackend.all, layouts)
    func everyGeneratedLayoutImportsWithTheRightCountsAndValues(_ backend: StoreBackend, _ layout: CustomerListOptions) throws {
        let store = try backend.makeStore()
        var options = layout
        options.rows = 600
        let path = try generate(options)
        let summary = try importFile(path, into: store)
        #expect(summary.imported == 600, "\(options): \(summary.rejected.prefix(3))")
        #expect(summary.rejectedRowCount == 0)
        #expect(try store.customers.count() == 600)
        // The first data row, as the generator made it (not as any reader read it), matches what was stored.
        let email = try #require(SampleCustomerList(options).first { _ in true }).emailAddress
        let found = try store.customers.search(email).rows
        #expect(found.contains { $0.emailAddress == email }, "\(options): \(email)")
        let firstGroup = try store.groups.groups().first
        #expect(firstGroup?.memberCount == 600)
        #expect(firstGroup?.name.hasPrefix("Import gen-") == true)
    }

    @Test(arguments: StoreBackend.all)
    func aDryRunCountsButWritesNothing(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let path = try generate(CustomerListOptions(rows: 300, layout: .square))
        let summary = try importFile(path, into: store, dryRun: true)
        #expect(summary.imported == 300)
        #expect(try store.customers.count() == 0)
        #expect(try store.groups.groups().isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func plantedDuplicatesAreCountedAsPossibleDuplicates(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let truth = temp.directory.appendingPathComponent("truth.csv").path
        let path = try generate(CustomerListOptions(rows: 1000, duplicateRate: 0.1, layout: .square), truth: truth)
        // Every planted duplicate — same email, same phone, or a slip in the name at the same address.
        let planted = try String(contentsOfFile: truth, encoding: .utf8).components(separatedBy: .newlines).dropFirst()
            .filter { !$0.isEmpty && !$0.hasSuffix(",original") }.count
        #expect(planted > 60)
        #expect(try importFile(path, into: store, dryRun: true).possibleDuplicates == planted)
        let summary = try importFile(path, into: store)
        #expect(summary.possibleDuplicates == planted)
        let again = try importFile(path, into: store)
        #expect(again.possibleDuplicates == 1000)
        #expect(try importFile(path, into: store, dryRun: true).possibleDuplicates == 1000)
    }

    @Test func aLargeImportPutsBackEveryIndexAndTheSearchIndex() throws {
        // 60,000 rows in many slices: every index and trigger stays as the migrations made them.
        let indexes = { try self.temp.store.database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE tbl_name = 'customer' AND sql IS NOT NULL ORDER BY name") } }
        let before = try indexes()
        let path = try generate(CustomerListOptions(rows: 60_000, layout: .square))
        let summary = try importFile(path, into: temp)
        #expect(summary.imported == 60_000)
        #expect(try indexes() == before)  // every index and trigger, as the migrations made them
        #expect(try temp.store.database.integrityProblems(quick: true).isEmpty)
        let reference = try #require(try temp.store.customers.customers(referenceID: "R0059999").first)
        let found = try temp.store.customers.search(reference.familyName + " " + reference.givenName)
        #expect(found.rows.contains { $0.id == reference.id })  // the search index holds the new rows
        let added = try temp.store.customers.create(Customer(givenName: "Zoë", familyName: "Ünal"))
        #expect(try temp.store.customers.search("unal").rows.contains { $0.id == added.id })  // and the trigger is back
    }

    @Test(arguments: StoreBackend.all)
    func invalidRowsAreReportedAndTheRestImported(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let path = try write(Array("First Name,Email Address,Phone Number,Memo\nAna,ana@example.com,415 555 0134,ok\nBob,bob@,12,ok\nCleo,,,card 4111 1111 1111 1111\nDee,dee@example.com,,=HYPERLINK(\"x\")\n".utf8))
        let summary = try importFile(path, into: store)
        #expect(summary.imported == 2)
        #expect(summary.rejectedLines == [3, 4])
        #expect(summary.rejected.contains(ImportRowIssue(line: 3, column: "Email Address", reason: "“bob@” is not a valid email address (expected name@example.com)")))
        #expect(summary.rejected.contains { $0.line == 4 && $0.column == "Memo" && $0.reason.contains("card number") })
        let rejects = temp.directory.appendingPathComponent("rejects.csv").path
        try store.imports.writeRejects(of: path, summary: summary, to: rejects)
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(text.hasPrefix("Problem,First Name,Email Address,Phone Number,Memo\n"))  // LF, as the source
        #expect(text.contains("line 3: Email Address: “bob@” is not a valid email address"))
        #expect(text.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 3)
    }

    /// 20,000 refused rows make a rejects file of more than 1 MB, written in several pieces: every
    /// refused row is in it, in file order, and nothing is left beside it.
    @Test(arguments: StoreBackend.all)
    func aLargeRejectsFileIsWrittenWholeAndLeavesNothingBeside(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        var text = "First Name,Email Address,Memo\nAna,ana@example.com,ok\n"
        for index in 0..<20_000 { text += "Bob \(index),bob\(index)@,\(String(repeating: "m", count: 60))\n" }
        let path = try write(Array(text.utf8))
        let summary = try importFile(path, into: store)
        #expect(summary.imported == 1 && summary.rejectedRowCount == 20_000)
        let folder = temp.directory.appendingPathComponent("rejects-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let rejects = folder.appendingPathComponent("rejects.csv").path
        try store.imports.writeRejects(of: path, summary: summary, to: rejects)
        let lines = try String(contentsOfFile: rejects, encoding: .utf8).components(separatedBy: "\n").filter { !$0.isEmpty }
        #expect(lines.count == 20_001)
        #expect(lines[1].hasPrefix("line 3: Email Address:") && lines.last!.hasPrefix("line 20002: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rejects.csv"])
    }

    /// A corpus of broken files: each is refused with a clear message naming the line, or read row by
    /// row with every refused row named, and never leaves a half-written directory.
    @Test(arguments: StoreBackend.all)
    func brokenFilesGetClearErrorsAndLeaveTheDirectoryUnchanged(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        _ = try store.customers.create(Fixtures.maria())
        let before = try store.customers.count()
        let corpus: [(String, [UInt8], String)] = [
            ("unterminated quote", Array("First Name,Memo\nAna,\"never closed\nBob,x\n".utf8),
             "line 2: a quoted cell that starts on line 2 is never closed"),
            ("binary garbage", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 31) },
             "line 1: this is a PNG image, not a CSV file"),
            ("binary garbage without a signature", Array("Name\n".utf8) + (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 1) },
             "line 2: binary data (byte 0x01), not text"),
            ("empty file", [], "the file is empty"),
            ("50 MB field", Array("Memo\n\"".utf8) + [UInt8](repeating: 0x78, count: 50 << 20) + Array("\"\n".utf8),
             "line 2: a cell starting on line 2 is longer than 1 MB"),
        ]
        for (name, bytes, message) in corpus {
            let path = try write(bytes, name: "\(name).csv")
            let error = #expect(throws: CSVError.self, "\(name)") { try importFile(path, into: store) }
            #expect(error?.description.hasPrefix(message) == true, "\(name): \(String(describing: error))")
            #expect(try store.customers.count() == before, "\(name)")
            #expect(try store.groups.groups().isEmpty, "\(name)")
        }

        // Ragged rows. Fewer cells than the header: the missing cells are empty (spreadsheets drop
        // trailing empty cells), so the row is imported. More cells: refused, naming the line, since
        // the header does not say what they are — unless the extra cells are empty (trailing commas).
        let ragged = try write(Array("First Name,Last Name,Email Address\nAna\nBob,Stone,bob@example.com,surprise\nCleo,Ray,cleo@example.com,,\nDee,Lu\n".utf8),
                               name: "ragged.csv")
        let summary = try importFile(ragged, into: store, group: ImportGroupChoice.none)
        #expect(summary.imported == 3)
        #expect(summary.rejected == [ImportRowIssue(line: 3, column: "", reason: "has 4 cells but the header has 3")])
        #expect(Set(try store.customers.page(sort: .name).rows.map(\.displayName)) == ["María Núñez", "Ana", "Cleo Ray", "Dee Lu"])
        #expect(try store.customers.search("cleo").rows.first?.emailAddress == "cleo@example.com")
    }

    @Test(arguments: StoreBackend.all)
    func cancellingFromTheProgressCallbackLeavesTheDirectoryExactlyAsBefore(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let maria = try store.customers.create(Fixtures.maria())
        let vip = try store.groups.create(name: "VIP")
        try store.groups.add(customers: [maria.id!], to: vip.id!)
        let colour = try store.customFields.save(CustomFieldDefinition(label: "Colour", kind: .text))
        try store.customFields.setValue(.text("red"), fieldID: colour.id!, customerID: maria.id!)
        // What the directory holds, through the port: profiles, groups and their members, fields and their values.
        func snapshot() throws -> [String] {
            ["customers: \(try store.customers.count())",
             "groups: \(try store.groups.groups().map { "\($0.name) \($0.memberCount)" })",
             "fields: \(try store.customFields.definitions().map(\.label))",
             "values: \(try store.customFields.valueCounts().values.sorted())"]
        }
        let before = try snapshot()
        // Several chunks of rows, a new group and a new custom field ("Hair type"); the callback stops
        // the import after the first chunk has been read (and, on SQLite, written in a slice).
        var text = "First Name,Email Address,Hair type\n"
        for index in 0..<(ImportProcedure.rowsPerChunk * 3) { text += "Person\(index),p\(index)@example.com,Curly\n" }
        let path = try write(Array(text.utf8), name: "cancel.csv")
        let (plan, reader) = try store.imports.plan(path: path)
        #expect(plan.customFieldLabels == ["Hair type"])
        var calls = 0
        var rowsAtCancel = 0
        #expect(throws: ImportCancelled.self) {
            try store.imports.run(plan, reader: reader, dryRun: false, now: Date()) { rows, _ in
                calls += 1
                rowsAtCancel = rows
                return false
            }
        }
        #expect(calls == 1)
        #expect(rowsAtCancel == ImportProcedure.rowsPerChunk)
        #expect(try snapshot() == before)
        #expect(try store.customers.search("person").rows.isEmpty)
        // The same file, not cancelled, goes in whole.
        let (again, rest) = try store.imports.plan(path: path)
        #expect(try store.imports.run(again, reader: rest, dryRun: false).imported == ImportProcedure.rowsPerChunk * 3)
        #expect(try store.customers.count() == 1 + ImportProcedure.rowsPerChunk * 3)
    }

    @Test func anExportWithAFilterWritesOnlyTheProfilesItLetsThrough() throws {
        _ = try temp.store.customers.create(Customer(givenName: "Ana", familyName: "Alba", status: .client))
        _ = try temp.store.customers.create(Customer(givenName: "Bob", familyName: "Bell", status: .lead))
        let cleo = try temp.store.customers.create(Customer(givenName: "Cleo", familyName: "Cruz", emailAddress: "cleo@example.com",
                                                            emailSubscription: .subscribed, status: .client))
        let vip = try temp.store.groups.create(name: "VIP")
        try temp.store.groups.add(customers: [cleo.id!], to: vip.id!)
        func export(_ filter: DirectoryFilter, groupName: String? = nil) throws -> (count: Int, text: String) {
            let path = temp.directory.appendingPathComponent("filtered-\(UUID().uuidString.prefix(6)).csv").path
            FileManager.default.createFile(atPath: path, contents: nil)
            let handle = try #require(FileHandle(forWritingAtPath: path))
            let count = try DirectoryExporter(store: temp.store).export(format: .csv, filter: filter, groupName: groupName, to: handle)
            try handle.close()
            return (count, try String(contentsOfFile: path, encoding: .utf8))
        }
        let clients = try export(DirectoryFilter(status: .client))
        #expect(clients.count == 2)
        #expect(clients.text.contains(",Ana,Alba,") && clients.text.contains(",Cleo,Cruz,") && !clients.text.contains("Bob"))
        #expect(clients.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3)  // the header and two profiles
        #expect(try export(DirectoryFilter(emailSubscription: .subscribed)).count == 1)
        #expect(try export(DirectoryFilter(groupID: vip.id, status: .lead)).count == 0)
        // The command line's --group narrows the filter it is given.
        let vipClients = try export(DirectoryFilter(status: .client), groupName: "vip")
        #expect(vipClients.count == 1 && vipClients.text.contains("Cleo") && !vipClients.text.contains("Ana"))
        #expect(try export(DirectoryFilter()).count == 3)
    }

    /// Values that look like formulas are exported with a guard apostrophe and come back unchanged;
    /// phone numbers (the phone column and phone custom fields) are exported unguarded, the profile's
    /// in its international form, so that any region reads it back the same.
    @Test(arguments: StoreBackend.all)
    func formulaLookingValuesAndPhonesSurviveTheRoundTrip(_ backend: StoreBackend) throws {
        let mobile = try temp.store.customFields.save(CustomFieldDefinition(label: "Emergency line", kind: .phone))
        let tricky = Customer(givenName: "+1-1", familyName: "'=x", nickname: "-1+2", companyName: "@home", phoneNumber: "+1 (415) 555-0134",
                              memo: "=1+1")
        let created = try temp.store.customers.create(tricky)
        try temp.store.customFields.setValue(.phone("+14155550111"), fieldID: mobile.id!, customerID: created.id!)
        let csv = temp.directory.appendingPathComponent("tricky.csv").path
        FileManager.default.createFile(atPath: csv, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: csv))
        try DirectoryExporter(store: temp.store).export(format: .csv, to: handle)
        try handle.close()
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(text.contains(",'+1-1,''=x,"))
        #expect(text.contains(",+14155550134,'-1+2,'@home,"))
        #expect(text.contains(",'=1+1,"))
        #expect(text.hasSuffix(",+14155550111\r\n"))

        // Exported from the SQLite file, imported into each backend.
        let other = try backend.makeStore()
        _ = try other.customFields.save(CustomFieldDefinition(label: "Emergency line", kind: .phone))
        #expect(try importFile(csv, into: other, group: ImportGroupChoice.none).imported == 1)
        let row = try #require(try other.customers.page(sort: .name).rows.first)
        let back = try #require(try other.customers.customer(id: row.id))
        #expect([back.givenName, back.familyName, back.nickname, back.companyName, back.phoneNumber, back.memo]
                == [tricky.givenName, tricky.familyName, tricky.nickname, tricky.companyName, "+14155550134", tricky.memo])
        #expect(back.phoneE164 == created.phoneE164)
        #expect(try other.customFields.values(for: row.id).values.map(\.storageText) == ["+14155550111"])
    }

    @Test(arguments: StoreBackend.all)
    func aHeaderOnlyFileImportsNothingAndDuplicateHeadersKeepTheFirst(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let empty = try importFile(try write(Array("First Name,Email\n".utf8), name: "header.csv"), into: store)
        #expect(empty.imported == 0 && empty.groupName == nil)
        #expect(try store.groups.groups().isEmpty)
        let summary = try importFile(try write(Array("Email,First Name,Email\nana@example.com,Ana,other@example.com\n".utf8), name: "dup.csv"), into: store)
        #expect(summary.imported == 1)
        let ana = try #require(try store.customers.search("ana").rows.first)
        let customer = try #require(try store.customers.customer(id: ana.id))
        #expect(customer.emailAddress == "ana@example.com")
        #expect(customer.memo == "Email: other@example.com")
    }

    @Test(arguments: StoreBackend.all)
    func escapeSequencesInNamesAreStoredAsDataNotInterpreted(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let summary = try importFile(try write(Array("First Name,Last Name\n\"Evil\u{1B}[2J\",Name\n".utf8), name: "esc.csv"), into: store)
        #expect(summary.imported == 1)
        #expect(try store.customers.page(sort: .name).rows.first?.displayName == "Evil\u{1B}[2J Name")
    }

    @Test func formulaCellsAreImportedAsTextAndNeutralisedOnExport() throws {
        let summary = try importFile(try write(Array("First Name,Company Name\nAna,\"=HYPERLINK(\"\"http://x\"\")\"\nBob,@SUM(A1)\n".utf8), name: "formula.csv"), into: temp)
        #expect(summary.imported == 2)
        let path = temp.directory.appendingPathComponent("formula-export.csv").path
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try DirectoryExporter(store: temp.store).export(format: .csv, groupName: nil, to: handle)
        try handle.close()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(text.contains(",'@SUM(A1),"))
        #expect(!text.contains(",=HYPERLINK"))
    }

    /// Custom fields labelled like standard headers ("Mobile" is a phone header, "Status" the
    /// status, "Notes" the memo) come back from export → import as those custom fields, not as
    /// the standard fields.
    @Test(arguments: StoreBackend.all)
    func customFieldsNamedLikeStandardHeadersSurviveTheRoundTrip(_ backend: StoreBackend) throws {
        let labels = ["Mobile", "Status", "Notes", "custom:odd", "Stylist"]
        let fields = try labels.map { try temp.store.customFields.save(CustomFieldDefinition(label: $0, kind: .text)) }
        let values = Dictionary(uniqueKeysWithValues: zip(fields.map { $0.id! }, ["home line", "gold", "likes tea", "x", "Inès"].map { CustomFieldValue?.some(.text($0)) }))
        _ = try temp.store.customers.create(Fixtures.maria(), customValues: values)
        let csv = temp.directory.appendingPathComponent("custom.csv").path
        FileManager.default.createFile(atPath: csv, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: csv))
        try DirectoryExporter(store: temp.store).export(format: .csv, to: handle)
        try handle.close()
        let header = try #require(try String(contentsOfFile: csv, encoding: .utf8).components(separatedBy: "\r\n").first)
        #expect(header.hasSuffix(",custom:Mobile,custom:Status,custom:Notes,custom:custom:odd,Stylist"))

        let other = try backend.makeStore()
        let (plan, reader) = try other.imports.plan(path: csv, group: ImportGroupChoice.none)
        #expect(Array(plan.targets.suffix(5)) == labels.map { .customField($0) })
        #expect(try other.imports.run(plan, reader: reader, dryRun: false).imported == 1)
        let imported = try #require(try other.customers.page(sort: .name, limit: 5).rows.first)
        let customer = try #require(try other.customers.customer(id: imported.id))
        #expect(customer.phoneE164 == "+14155550134")
        #expect(customer.status == .client)
        #expect(customer.memo == Fixtures.maria().memo)
        let definitions = try other.customFields.definitions()
        let stored = try other.customFields.values(for: imported.id)
        #expect(labels.map { label in definitions.first { $0.label == label }.flatMap { stored[$0.id!]?.storageText } }
                == ["home line", "gold", "likes tea", "x", "Inès"])
    }

    /// 2,300 profiles: more than one export batch (1,000) and one import chunk (2,000).
    @Test(arguments: StoreBackend.all)
    func exportThenImportGivesBackTheSameProfiles(_ backend: StoreBackend) throws {
        let summary = try DemoLoader(store: temp.store).load(count: 2_300)
        #expect(summary.customers == 2_300)
        let csv = temp.directory.appendingPathComponent("export.csv").path
        FileManager.default.createFile(atPath: csv, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: csv))
        #expect(try DirectoryExporter(store: temp.store).export(format: .csv, groupName: nil, to: handle) == 2_300)
        try handle.close()

        let other = try backend.makeStore()
        _ = try other.demo.load(count: 0)  // same custom field definitions
        let result = try importFile(csv, into: other, group: ImportGroupChoice.none)
        #expect(result.imported == 2_300, "\(result.rejected.prefix(3))")
        func profiles(_ store: any ClienteleStoring) throws -> [String] {
            var customers: [Customer] = [], cursor: DirectoryCursor?
            repeat {
                let page = try store.customers.page(sort: .name, after: cursor, limit: 500)
                customers += try store.customers.customers(ids: page.rows.map(\.id))
                cursor = page.next
            } while cursor != nil
            #expect(customers.count == 2_300)
            return try customers.map { c in
                let values = try store.customFields.values(for: c.id!)
                let custom = try store.customFields.definitions().map { d in values[d.id!]?.storageText ?? "" }
                // A number understood is exported in its international form: the same number, written anew.
                return [c.referenceID, c.givenName, c.familyName, c.nickname, c.companyName, c.emailAddress, c.phoneE164 == nil ? c.phoneNumber : "", c.phoneE164 ?? "",
                        c.address.singleLine, c.birthday?.description ?? "", c.memo, c.emailSubscription.rawValue, c.status.rawValue].joined(separator: "|")
                    + "|" + custom.joined(separator: "|")
            }.sorted()
        }
        #expect(try profiles(temp) == profiles(other))
    }

    /// Phones typed under France, exported, imported by a shop in the US: every profile comes back
    /// with its number (typed national numbers would have been read as American ones, or refused).
    @Test(arguments: StoreBackend.all)
    func anExportReimportsWholeWhateverTheImportingShopsRegion(_ backend: StoreBackend) throws {
        let french = try TemporaryStore(region: "FR")
        let typed = ["06 12 34 56 78", "01 42 68 53 00", "07 81 23 45 67"]
        for (index, phone) in typed.enumerated() {
            _ = try french.store.customers.create(Customer(givenName: "Client \(index)", familyName: "Dupont", phoneNumber: phone))
        }
        let csv = temp.directory.appendingPathComponent("fr.csv").path
        FileManager.default.createFile(atPath: csv, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: csv))
        try DirectoryExporter(store: french.store).export(format: .csv, to: handle)
        try handle.close()
        #expect(try String(contentsOfFile: csv, encoding: .utf8).contains(",+33612345678,"))
        let american = try backend.makeStore(region: "US")
        #expect(try importFile(csv, into: american, group: ImportGroupChoice.none).imported == 3)
        let back = try american.customers.page(sort: .name).rows.map(\.id)
        let phones = try american.customers.customers(ids: back).compactMap(\.phoneE164).sorted()
        #expect(phones == ["+33142685300", "+33612345678", "+33781234567"])
    }

    /// Square's 23 columns in Square's order, visits and money from the card, then ours and the custom fields.
    @Test func theCSVHasSquaresColumnsWithVisitsAndSpend() throws {
        let id = try temp.store.customers.create(Fixtures.maria()).id!
        let day: TimeInterval = 86_400
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        for offset in [0.0, 30.0] {
            _ = try temp.store.bookings.save(Booking(customerID: id, startsAt: start.addingTimeInterval(offset * day), durationMinutes: 60, service: "Cut",
                                                     status: .completed), now: start)
        }
        _ = try temp.store.bookings.save(Booking(customerID: id, startsAt: start.addingTimeInterval(90 * day), durationMinutes: 60, service: "Cut", status: .cancelled), now: start)
        for minor in [3_500, 4_250] as [Int64] {
            _ = try temp.store.payments.save(Payment(customerID: id, amount: Money(minorUnits: minor, currency: "USD"), status: .paid, date: start), now: start)
        }
        let csv = temp.directory.appendingPathComponent("square.csv").path
        FileManager.default.createFile(atPath: csv, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: csv))
        try DirectoryExporter(store: temp.store).export(format: .csv, to: handle)
        try handle.close()
        let lines = try String(contentsOfFile: csv, encoding: .utf8).components(separatedBy: "\r\n")
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(header.prefix(23)) == ["Reference ID", "First Name", "Last Name", "Email Address", "Phone Number", "Nickname", "Company Name",
                                             "Street Address 1", "Street Address 2", "City", "State", "Postal Code", "Birthday", "Memo",
                                             "Square Customer ID", "Creation Source", "First Visit", "Last Visit", "Transaction Count",
                                             "Lifetime Spend", "Email Subscription Status", "Instant Profile", "Blocked from online booking"])
        let row = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)  // no cell of this profile holds a comma
        let value = Dictionary(uniqueKeysWithValues: zip(header, row))
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        #expect(value["First Visit"] == formatter.string(from: start) && value["Last Visit"] == formatter.string(from: start.addingTimeInterval(30 * day)))
        #expect(value["Transaction Count"] == "2" && value["Lifetime Spend"] == "77.50", "\(value)")
        #expect(value["Creation Source"] == "Manual" && value["Country"] == "US")
    }

    @Test func vCardAndJSONExportsAreWellFormed() throws {
        _ = try temp.store.customers.create(Fixtures.maria())
        for format in [DirectoryExporter.Format.vcard, .json] {
            let path = temp.directory.appendingPathComponent("out.\(format.rawValue)").path
            FileManager.default.createFile(atPath: path, contents: nil)
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try DirectoryExporter(store: temp.store).export(format: format, groupName: nil, to: handle)
            try handle.close()
            let text = try String(contentsOfFile: path, encoding: .utf8)
            if format == .vcard {
                #expect(text.hasPrefix("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:María Núñez\r\n"))
                #expect(text.contains("TEL;VALUE=uri:tel:+14155550134"))
                #expect(text.contains("BDAY:--0412"))
            } else {
                let array = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
                #expect(array?.first?["phone"] as? String == "+14155550134")
            }
        }
    }
}
