import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore

/// Each main screen at 80×24 and 120×40, compared with `__Snapshots__/<screen>-<size>.txt`
/// (re-record with `RECORD_SNAPSHOTS=1`, then read the files). Driven only through keys, typing and
/// the store, and read only through the screen's text, so the snapshots keep compiling across a
/// rewrite of the app's state, messages and modals: what they prove is that the screens did not change.
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// A handful of customers with fixed creation times, so "Last activity" reads the same every run.
    func directory(_ size: Size) throws -> AppDriver {
        let app = try AppDriver(size: size) { store in
            let day: TimeInterval = 86_400
            _ = try store.customers.create(Fixtures.maria(), now: AppDriver.now.addingTimeInterval(-40 * day))
            _ = try store.customers.create(Fixtures.jose(), now: AppDriver.now.addingTimeInterval(-3 * day))
            _ = try store.customers.create(Fixtures.camille(), now: AppDriver.now.addingTimeInterval(-1 * day))
            _ = try store.customers.create(Customer(givenName: "Aaron", familyName: "Abbott", phoneNumber: "+1 510 555 0199"), now: AppDriver.now)
            _ = try store.customers.create(Customer(givenName: "Lee", familyName: "Lead", companyName: "Lead & Co", emailAddress: "lee@lead.example",
                                                    status: .lead), now: AppDriver.now.addingTimeInterval(-10 * day))
        }
        app.waitForBackgroundWork()
        return app
    }

    func name(_ screen: String, _ size: Size) -> String { "\(screen)-\(size.width)x\(size.height)" }

    @Test(arguments: sizes) func theDirectory(_ size: Size) throws {
        let app = try directory(size)
        assertSnapshot(of: app, named: name("directory", size))
    }

    @Test(arguments: sizes) func theWelcomeScreenOfAnEmptyDirectory(_ size: Size) throws {
        let app = try AppDriver(size: size)
        app.waitForBackgroundWork()
        assertSnapshot(of: app, named: name("welcome", size))
    }

    /// The demo data is seeded and dated from the fixed clock, so its cards are the same every run.
    /// Nuria Muñoz has something on every tab: notes, a document, bookings, payments, a message.
    @Test(arguments: sizes) func theCardOnEachTab(_ size: Size) throws {
        let app = try AppDriver(size: size) { store in _ = try DemoLoader(store: store).load(count: 60, now: AppDriver.now) }
        app.waitForBackgroundWork()
        app.type("nuria")
        app.press(.enter)
        for (index, tab) in ["main", "info", "bookings", "payments", "documents", "conversations"].enumerated() {
            app.press(.alt(Character(String(index + 1))))
            assertSnapshot(of: app, named: name("card-\(index + 1)-\(tab)", size))
        }
    }

    @Test(arguments: sizes) func theNewCustomerForm(_ size: Size) throws {
        let app = try directory(size)
        app.press(.control("n"))
        assertSnapshot(of: app, named: name("form-new", size))
    }

    @Test(arguments: sizes) func theEditFormAndTheConfirmationOnEscape(_ size: Size) throws {
        let app = try directory(size)
        app.type("nunez")
        app.press(.enter, .control("e"))
        assertSnapshot(of: app, named: name("form-edit", size))
        app.type("X")
        app.press(.escape)
        assertSnapshot(of: app, named: name("confirm-discard", size))
    }

    @Test(arguments: sizes) func theHelpOverlay(_ size: Size) throws {
        let app = try directory(size)
        app.press(.character("?"))
        assertSnapshot(of: app, named: name("help-directory", size))
    }

    /// The file's path shows on every step: it lives in a `SnapshotFolder` (one length everywhere),
    /// whose random part is replaced. The new group's suggested name and the import's duration come
    /// from the real clock, not the app's, so they are replaced too.
    @Test(arguments: sizes) func theImportWizardStepByStep(_ size: Size) throws {
        let folder = try SnapshotFolder()
        let list = "sep=;\r\nNombre;Apellido;Correo electrónico;Teléfono;Color favorito\r\n"
            + "José;Gómez;jose.gomez@example.es;+34 612 00 11 22;rojo\r\nAna;López;ana@;;azul\r\n"
        try Data(list.utf8).write(to: URL(fileURLWithPath: folder.file("salon-list.csv")))
        try Data("Name\r\nOld\r\n".utf8).write(to: URL(fileURLWithPath: folder.file("salon-old.csv")))
        let app = try directory(size)
        app.press(.control("o"), .control("u"))
        app.type(folder.file("sa"))
        app.press(.tab)  // completes the common part and lists both files
        assertSnapshot(of: app, named: name("import-1-file", size), replacing: [folder.replacement])
        app.type("list.csv")
        app.press(.enter)
        assertSnapshot(of: app, named: name("import-2-mapping", size), replacing: [folder.replacement])
        app.press(.enter)
        assertSnapshot(of: app, named: name("import-3-group", size), replacing: [
            .pattern(#"Import salon-list \d{4}-\d{2}-\d{2} \d{2}:\d{2}"#, with: "Import salon-list YYYY-MM-DD hh:mm"),
        ])
        app.type("Feria")
        app.press(.enter)
        assertSnapshot(of: app, named: name("import-4-options", size))
        app.press(.enter)
        app.waitForBackgroundWork()
        assertSnapshot(of: app, named: name("import-5-summary", size),
                       replacing: [folder.replacement, .pattern(#" in \d+\.\d s\."#, with: " in #.# s.")])
    }

    /// The default file is `<working directory>/clientele-<today>.csv`: the working directory
    /// (another length on every machine) is swapped for a `SnapshotFolder` through the keys, keeping
    /// the default name, and today's date (from the real clock) is replaced.
    @Test(arguments: sizes) func theExportDialog(_ size: Size) throws {
        let folder = try SnapshotFolder()
        let app = try directory(size)
        app.press(.control("f"), .down, .right, .enter)  // the filter picker: status lead, so the scope row offers the current filter
        app.press(.control("x"), .tab, .tab, .end)
        for _ in "clientele-YYYY-MM-DD.csv" { app.press(.left) }
        app.press(.control("u"))
        app.type(folder.path + "/")
        app.press(.end)
        assertSnapshot(of: app, named: name("export", size),
                       replacing: [folder.replacement, .pattern(#"clientele-\d{4}-\d{2}-\d{2}\.csv"#, with: "clientele-YYYY-MM-DD.csv")])
    }

    /// Two profiles of one person sharing a phone number, each with a note, and one other customer.
    func twoProfilesSharingAPhone(_ size: Size) throws -> AppDriver {
        let app = try AppDriver(size: size) { store in
            let first = try store.customers.create(Customer(givenName: "Ana", familyName: "Garcia", emailAddress: "ana@example.com",
                                                            phoneNumber: "+1 415 555 0101"), now: AppDriver.now.addingTimeInterval(-86_400 * 20))
            let second = try store.customers.create(Customer(givenName: "Ana", familyName: "García", companyName: "Café Ana",
                                                             emailAddress: "ana.garcia@example.org", phoneNumber: "(415) 555-0101"),
                                                    now: AppDriver.now.addingTimeInterval(-86_400 * 2))
            _ = try store.notes.save(Note(customerID: first.id!, body: "Likes green tea"), now: AppDriver.now.addingTimeInterval(-86_400 * 19))
            _ = try store.notes.save(Note(customerID: second.id!, body: "Allergic to nuts"), now: AppDriver.now.addingTimeInterval(-86_400))
            _ = try store.customers.create(Fixtures.jose(), now: AppDriver.now.addingTimeInterval(-86_400 * 5))
        }
        app.waitForBackgroundWork()
        return app
    }

    @Test(arguments: sizes) func theDuplicateReviewAndTheMergeReview(_ size: Size) throws {
        let app = try twoProfilesSharingAPhone(size)
        assertSnapshot(of: app, named: name("directory-duplicate-alert", size))
        app.press(.control("d"))
        app.waitForBackgroundWork()
        assertSnapshot(of: app, named: name("duplicate-review", size))
        app.press(.character("m"))
        app.waitForBackgroundWork()
        assertSnapshot(of: app, named: name("merge-review", size))
    }

    @Test(arguments: sizes) func theMergePicker(_ size: Size) throws {
        let app = try twoProfilesSharingAPhone(size)
        app.type("jose")
        app.press(.enter, .control("g"))
        app.type("ana")
        app.waitForBackgroundWork()
        assertSnapshot(of: app, named: name("merge-picker", size))
    }
}
