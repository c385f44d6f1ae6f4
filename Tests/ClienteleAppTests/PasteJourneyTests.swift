import ClienteleTestSupport
import CustomerCore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// Pasting at the counter (issue 12, point 5): a paste is one event that reaches whatever a typed
/// character would, arrives whole, saves, and says what a field over its limit left out.
@Suite struct PasteJourneyTests {
    func directory(language: InterfaceLanguage = .en) throws -> AppDriver {
        try AppDriver(size: Size(width: 100, height: 30), language: language) { store in
            _ = try store.customers.create(Fixtures.maria())
        }
    }

    /// A new customer's form with "Zoë" typed as the given name and the memo focused.
    func formAtTheMemo(language: InterfaceLanguage = .en) throws -> AppDriver {
        let app = try directory(language: language)
        app.press(.control("n"))
        app.type("Zoë")
        let memo = try #require(CustomerForm.builtInOrder.firstIndex(of: .memo))
        for _ in 0..<memo { app.press(.tab) }
        return app
    }

    var memoField: (AppDriver) -> TextField? {
        { app in
            app.state.modals.top(as: CustomerFormState.self)?.fields.first { $0.kind == .builtIn(.memo) }?.input
        }
    }

    /// The sentence under the focused field (the form wraps it), without the popup's borders.
    static func message(in app: AppDriver) -> String {
        let lines = app.lines
        guard let first = lines.firstIndex(where: { $0.contains("⚠") }), let mark = lines[first].firstIndex(of: "⚠") else { return "" }
        let column = lines[first].distance(from: lines[first].startIndex, to: mark)
        return lines[first..<min(lines.count, first + 3)].map { line in
            String(line.dropFirst(column).prefix { $0 != "│" }).trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Lines of visit notes, as copied from an email: CRLF line ends, accents, CJK, emoji.
    static func note(_ count: Int) -> String {
        var lines: [String] = []
        var length = 0, number = 1
        while length < count {
            let line = "Visit \(number): prefers Inès, 山田 on Tuesdays 🎉"
            lines.append(line)
            length += line.count + 1
            number += 1
        }
        return String(lines.joined(separator: "\r\n").prefix(count))
    }

    @Test func pasting100000CharactersIntoTheMemoKeepsWhatFitsSaysSoAndSavesIt() throws {
        let app = try formAtTheMemo()
        let note = Self.note(100_000)
        #expect(note.count == 100_000)
        app.paste(note)
        // The memo holds 10,000 (PRODUCT §1, Square's limit): the first 10,000 went in, line breaks kept.
        let limit = try #require(CustomerField.memo.maximumLength)
        let kept = String(Array(note.replacingOccurrences(of: "\r\n", with: "\n")).prefix(limit))
        let field = try #require(memoField(app))
        #expect(field.count == limit)
        #expect(field.text == kept)
        #expect(Self.message(in: app) == "⚠ Pasted 100,000 characters; this field holds 10,000 — 90,000 were not added", "\(app.screen)")
        app.press(.control("s"))
        #expect(app.state.modals.isEmpty, "\(app.screen)")
        #expect(app.screen.contains("Added Zoë."))
        let id = try #require(try app.store.customers.search("Zoë").rows.first?.id)
        let stored = try #require(try app.store.customers.customer(id: id))
        #expect(stored.memo == kept.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(kept.count == limit)
        #expect(stored.memo.contains("\n"))
    }

    @Test func aPasteThatFitsSaysNothing() throws {
        let app = try formAtTheMemo()
        app.paste(Self.note(10_000))
        #expect(memoField(app)?.count == 10_000)
        #expect(memoField(app)?.overflow == nil)
        #expect(!app.screen.contains("Pasted"))
        // One more typed character is refused, and said so.
        app.type("x")
        #expect(memoField(app)?.count == 10_000)
        #expect(Self.message(in: app) == "⚠ This field holds at most 10,000 characters; no more were added", "\(app.screen)")
    }

    @Test func theOverLimitMessageIsInTheInterfacesLanguage() throws {
        let french = try formAtTheMemo(language: .fr)
        french.paste(Self.note(12_000))
        #expect(Self.message(in: french) == "⚠ 12,000 caractères collés ; ce champ en contient au plus 10,000 — 2,000 n'ont pas été ajoutés",
                "\(french.screen)")
        let spanish = try formAtTheMemo(language: .es)
        spanish.paste(Self.note(10_001))
        #expect(Self.message(in: spanish) == "⚠ Se pegaron 10,001 caracteres; este campo admite 10,000 — 1 no se añadió", "\(spanish.screen)")
    }

    @Test func aOneLineFieldTakesAPastedLineBreakAsASpace() throws {
        let app = try directory()
        app.press(.control("n"))
        app.paste("Zoë\r\nÜnal")
        let form = try #require(app.state.modals.top(as: CustomerFormState.self))
        #expect(form.fields[0].input.text == "Zoë Ünal")
        #expect(form.focused == 0, "a pasted line break is no Enter: the focus stays")
    }

    @Test func aPhonePastedOntoTheDirectorySearchesForIt() throws {
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in
            _ = try store.customers.create(Fixtures.maria())
            _ = try store.customers.create(Fixtures.jose())
        }
        app.paste("(415) 555-0134\n")
        #expect(app.state.directory.search.text == "(415) 555-0134 ")
        #expect(app.screen.contains("María Núñez"))
        #expect(!app.screen.contains("José García"))
        // Into the focused search box, a paste goes in at the caret.
        app.press(.control("u"))
        app.paste("garcía")
        #expect(app.state.directory.search.text == "garcía")
        #expect(app.screen.contains("José García"))
    }

    @Test func aPastedLetterIsTextNeverAKey() throws {
        let app = try directory()
        app.paste("q")
        #expect(app.state.isRunning, "a pasted q is no quit")
        #expect(app.state.directory.search.text == "q")
        app.press(.escape, .character("?"))
        #expect(app.state.modals.top(as: HelpModal.self) != nil)
        app.paste("q")
        #expect(app.state.modals.top(as: HelpModal.self) != nil, "a modal without a text field ignores a paste")
        #expect(app.state.isRunning)
    }
}
