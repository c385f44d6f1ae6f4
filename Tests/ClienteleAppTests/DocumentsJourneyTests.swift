import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// Documents from the keyboard: attach by path (Tab completes), rename, save a copy (asking
/// before replacing), preview, delete — real files, a real SQLite store.
@Suite struct DocumentsJourneyTests {
    /// The first bytes of a PNG (signature and IHDR of a 3×2 image): enough to be recognised.
    static let pngHead: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 3, 0, 0, 0, 2, 8, 2, 0, 0, 0]

    func documentsTab() throws -> (AppDriver, CustomerID, URL) {
        var id: CustomerID = 0
        let app = try AppDriver(size: Size(width: 110, height: 32)) { store in id = try store.customers.create(Fixtures.maria()).id! }
        let folder = app.temporary.directory.appendingPathComponent("scans", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        app.press(.enter, .alt("5"))
        #expect(app.state.card?.tab == .documents)
        return (app, id, folder)
    }

    @Test func aDocumentIsAttachedRenamedSavedAndDeleted() throws {
        let (app, id, folder) = try documentsTab()
        try Data(Self.pngHead + Array(repeating: 0, count: 100)).write(to: folder.appendingPathComponent("consent-form.png"))
        app.press(.control("a"))
        #expect(app.screen.contains("Attach a document"), "\(app.screen)")
        app.press(.control("u"))
        app.type(folder.path + "/con")
        app.press(.tab)
        #expect(app.state.modals.top(as: DocumentPromptState.self)?.field.text == folder.path + "/consent-form.png")
        app.press(.enter)
        #expect(app.screen.contains("Attached “consent-form.png”."), "\(app.screen)")
        #expect(try app.store.attachments.attachments(for: id).map(\.fileName) == ["consent-form.png"])
        #expect(app.screen.contains("consent-form.png") && app.screen.contains("PNG"))

        app.press(.function(2))
        app.press(.control("u"))
        app.type("Signed consent.png")
        app.press(.enter)
        #expect(app.screen.contains("Renamed to “Signed consent.png”."), "\(app.screen)")
        #expect(try app.store.attachments.attachments(for: id).first?.fileName == "Signed consent.png")

        let downloads = app.temporary.directory.appendingPathComponent("downloads", isDirectory: true)
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        app.press(.control("s"))
        app.press(.control("u"))
        app.type(downloads.path)
        app.press(.enter)
        let copy = downloads.appendingPathComponent("Signed consent.png")
        #expect(app.screen.contains("Saved a copy as \(copy.path)."), "\(app.screen)")
        #expect(try Data(contentsOf: copy).prefix(8) == Data(Self.pngHead.prefix(8)))
        // Again: the file is there, so it asks; "no" leaves it alone.
        try Data("mine".utf8).write(to: copy)
        app.press(.control("s"), .control("u"))
        app.type(downloads.path)
        app.press(.enter)
        #expect(app.screen.contains("Replace"), "\(app.screen)")
        app.press(.character("n"))
        #expect(try Data(contentsOf: copy) == Data("mine".utf8))
        app.press(.enter)
        #expect(app.screen.contains("Replace"))
        app.press(.character("y"))
        #expect(try Data(contentsOf: copy).prefix(8) == Data(Self.pngHead.prefix(8)), "\(app.screen)")

        app.press(.delete)
        #expect(app.screen.contains("Delete this document?"), "\(app.screen)")
        app.press(.character("y"))
        #expect(app.screen.contains("Deleted “Signed consent.png”."), "\(app.screen)")
        #expect(try app.store.attachments.attachments(for: id).isEmpty)
    }

    @Test func aFileOfAnotherKindIsRefusedInThePromptWithTheRule() throws {
        let (app, id, folder) = try documentsTab()
        let fake = folder.appendingPathComponent("photo.png")
        try Data("PK\u{3}\u{4} not really a png".utf8).write(to: fake)
        app.press(.control("a"), .control("u"))
        app.type(fake.path)
        app.press(.enter)
        #expect(app.state.modals.top(as: DocumentPromptState.self) != nil)
        #expect(app.screen.contains("“photo.png” is a ZIP archive") && app.screen.contains("(checked from its content)"), "\(app.screen)")
        #expect(try app.store.attachments.attachments(for: id).isEmpty)
        app.press(.control("u"))
        app.type(folder.path + "/missing.pdf")
        app.press(.enter)
        #expect(app.screen.contains("missing.pdf"), "\(app.screen)")
    }

    @Test func thePreviewShowsTheMetadata() throws {
        let (app, _, folder) = try documentsTab()
        try Data(Self.pngHead + Array(repeating: 0, count: 100)).write(to: folder.appendingPathComponent("scan.png"))
        app.press(.control("a"), .control("u"))
        app.type(folder.path + "/scan.png")
        app.press(.enter)
        app.press(.enter)  // preview the selected document
        app.waitForBackgroundWork()
        #expect(app.state.modals.top(as: DocumentPreviewState.self) != nil, "\(app.screen)")
        #expect(app.screen.contains("PNG · 129 B · 3×2 px"), "\(app.screen)")
        #expect(app.screen.contains("added 2026-11-18 11:06"), "\(app.screen)")
        app.press(.escape)
        #expect(app.state.modals.isEmpty)
    }

    @Test func itemKeysOnATabWithoutItemsSayWhereTheyWork() throws {
        let (app, _, _) = try documentsTab()
        app.press(.alt("2"))
        app.press(.control("a"))
        #expect(app.screen.contains("That key works on the Main tab's notes (alt+1) and the Documents tab (alt+5)."), "\(app.screen)")
        app.press(.alt("5"), .delete)
        #expect(app.screen.contains("No document selected: ctrl+a attaches one."), "\(app.screen)")
    }
}

/// A refusal says which rule, what the file is and its size — in the interface's language.
@Suite struct DocumentRefusalWordsTests {
    @Test func refusalsAreWordedInEachLanguage() {
        let refusal = AttachmentRules.Refusal.unsupportedType(fileName: "photo.png", content: .zip, bytes: 2048)
        #expect(AppText.english.attachmentRefusal(refusal).contains("not a PDF, JPEG, GIF or PNG"))
        #expect(AppText.french.attachmentRefusal(refusal) == "« photo.png » est une archive ZIP (aussi .docx, .xlsx, .odt) de 2.0 KB, pas un PDF, JPEG, GIF ou PNG (vérifié d'après son contenu)")
        #expect(AppText.spanish.attachmentRefusal(.tooManyFiles(existing: 100)) == "esta ficha ya tiene 100 documentos; el límite es 100")
        #expect(AppText.spanish.validationMessage(.empty) == "no puede estar vacía")
    }
}
