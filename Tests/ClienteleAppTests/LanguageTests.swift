import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// PRODUCT §10: the interface in English, Spanish or French. Every test names its language (the
/// driver defaults to English), so none depends on the `LANG` the tests run under.
@Suite struct LanguageTests {
    @Test(arguments: [
        (["LANG": "es_MX.UTF-8"], InterfaceLanguage.es),
        (["LANG": "fr_CA"], .fr),
        (["LANG": "fr"], .fr),
        (["LANG": "de_DE.UTF-8"], .en),
        (["LANG": "C"], .en),
        (["LANG": "POSIX"], .en),
        ([:], .en),
        (["LANG": ""], .en),
        (["LC_ALL": "fr_FR.UTF-8", "LC_MESSAGES": "es_ES", "LANG": "en_US"], .fr),
        (["LC_MESSAGES": "es_ES", "LANG": "fr_FR"], .es),
        (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "es_AR.UTF-8"], .es),
        (["LC_ALL": "C", "LANG": "es_ES.UTF-8"], .en),  // LC_ALL set wins, even when it is not ours
    ])
    func theLanguageComesFromTheEnvironment(_ environment: [String: String], _ expected: InterfaceLanguage) {
        #expect(InterfaceLanguage.resolve(environment: environment) == expected)
    }

    /// Stored properties make a missing entry a compile error; this catches empty ones and a table
    /// left as a copy of English.
    @Test(arguments: [InterfaceLanguage.es, .fr])
    func everyEntryIsTranslated(_ language: InterfaceLanguage) {
        let english = Mirror(reflecting: AppText.english).children.map { ($0.label!, $0.value) }
        let translated = Mirror(reflecting: AppText.table(for: language)).children.map { ($0.label!, $0.value) }
        #expect(english.count == translated.count)
        var differing = 0
        for ((name, englishValue), (_, value)) in zip(english, translated) {
            if let text = value as? String {
                #expect(!text.isEmpty, "\(language) \(name)")
                if text != englishValue as? String { differing += 1 }
            }
            if let lines = value as? [String] {
                #expect(lines.count == (englishValue as? [String])?.count, "\(language) \(name)")
                #expect(lines.contains { !$0.isEmpty }, "\(language) \(name)")
            }
        }
        #expect(differing > 100, "\(language): only \(differing) sentences differ from English")
        let table = AppText.table(for: language)
        #expect(table.customers(2) != AppText.english.customers(2))
        #expect(table.possibleDuplicates(3) != AppText.english.possibleDuplicates(3))
        #expect(KeyScope.allCases.allSatisfy { table.scopeTitle($0) != AppText.english.scopeTitle($0) || $0 == .confirm || $0 == .exportDialog })
        #expect(CardTab.allCases.contains { table.tabTitle($0) != AppText.english.tabTitle($0) })
    }

    /// An import of one customer with one refused row must not read "1 customers … 1 rows";
    /// French also puts zero in the singular.
    @Test(arguments: [
        (InterfaceLanguage.en, 1, 1, "Imported 1 customer into “G”; 1 row rejected.", "1 row rejected · 1 new profile looks like a duplicate of another"),
        (.en, 2, 0, "Imported 2 customers into “G”; 0 rows rejected.", "0 rows rejected · 0 new profiles look like duplicates of others"),
        (.fr, 1, 1, "1 client importé dans « G » ; 1 ligne refusée.", "1 ligne refusée · 1 nouveau profil ressemble à un doublon"),
        (.fr, 2, 0, "2 clients importés dans « G » ; 0 ligne refusée.", "0 ligne refusée · 0 nouveau profil ressemble à un doublon"),
        (.es, 1, 1, "Se importó 1 cliente en “G”; 1 fila rechazada.", "1 fila rechazada · 1 perfil nuevo parece duplicado de otro"),
        (.es, 2, 0, "Se importaron 2 clientes en “G”; 0 filas rechazadas.", "0 filas rechazadas · 0 perfiles nuevos parecen duplicados de otros"),
    ])
    func importSummariesCountInTheRightNumber(_ language: InterfaceLanguage, _ count: Int, _ rejected: Int, _ done: String, _ counts: String) {
        let text = AppText.table(for: language)
        let report = ImportReport(imported: count, rejectedRows: rejected, problems: [], possibleDuplicates: rejected, groupName: "G", seconds: 1, rejectsPath: nil)
        #expect(text.importDone(report) == done)
        #expect(text.importRejectedAndDuplicates(rejected, rejected) == counts)
        #expect(text.importedIn(report, "1.0").hasPrefix(String(done.prefix { $0 != ";" && $0 != "«" && $0 != "“" })))
    }

    /// The title bar's count follows the same rules: French "0 client", English "0 customers".
    @Test(arguments: [
        (InterfaceLanguage.en, ["0 customers", "1 customer", "2 customers"]),
        (.fr, ["0 client", "1 client", "2 clients"]),
        (.es, ["0 clientes", "1 cliente", "2 clientes"]),
    ])
    func theCustomerCountIsInTheRightNumber(_ language: InterfaceLanguage, _ expected: [String]) {
        #expect((0...2).map(AppText.table(for: language).customers) == expected)
    }

    /// The `?` overlay and the status bar in every language; the README's table stays English.
    @Test(arguments: [InterfaceLanguage.es, .fr])
    func everyKeyHelpIsTranslated(_ language: InterfaceLanguage) {
        let table = AppText.table(for: language)
        let keys = KeyMap.standard.bindings.map(AppText.key)
        #expect(Set(keys).count == keys.count, "two bindings share a scope and action")
        for binding in KeyMap.standard.bindings {
            let help = table.keyHelp[AppText.key(binding)]
            #expect(help?.isEmpty == false, "\(language) \(AppText.key(binding))")
            if binding.shortHint != nil { #expect(table.keyShortHint[AppText.key(binding)] != nil, "\(language) \(AppText.key(binding))") }
        }
        #expect(Set(table.keyHelp.keys).subtracting(keys).isEmpty, "help for a binding that no longer exists")
        #expect(KeyMap.standard.markdownTable.contains("| Directory | `ctrl+n` | new customer |"))
    }

    @Test func aSpanishReceptionistSeesTheDirectoryInSpanish() throws {
        let app = try AppDriver(language: .es) { store in
            _ = try store.customers.create(Fixtures.maria())
            _ = try store.customers.create(Fixtures.jose())
        }
        #expect(app.lines[0].contains("Clientele · 2 clientes"))
        #expect(app.screen.contains("Clientes"))
        let header = try #require(app.lines.first { $0.contains("Nombre") })
        #expect(header.contains("Teléfono"))
        #expect(header.contains("Email"))
        #expect(app.screen.contains("2 de 2 · orden: nombre"))
        let bar = try #require(app.lines.last)
        #expect(bar.hasPrefix(" enter abrir  "), "\(bar)")
        #expect(["enter abrir", "ctrl+n nuevo", "ctrl+o importar", "? ayuda"].filter { bar.contains($0) }.count >= 3, "\(bar)")
        #expect(bar.contains("2 clientes"))
        app.type("nunez")
        app.press(.enter)
        #expect(app.screen.contains("1 Resumen"))
        #expect(app.screen.contains("Estado"))
        app.press(.character("?"))
        #expect(app.screen.contains("Teclas — Ficha del cliente"))
        #expect(app.screen.contains("pestaña Resumen"))
    }

    @Test func theLanguageReachesMessagesMadeOffTheUIThread() throws {
        let app = try AppDriver(language: .fr) { store in
            _ = try store.customers.create(Customer(givenName: "Ana", familyName: "Garcia", emailAddress: "ana@example.com"))
            _ = try store.customers.create(Customer(givenName: "Ana", familyName: "García", emailAddress: "ana@example.com"))
        }
        app.waitForBackgroundWork()
        #expect(app.lines[0].contains("1 doublon possible"), "\(app.lines[0])")
        app.press(.control("d"))
        app.waitForBackgroundWork()
        #expect(app.screen.contains("Doublons possibles"))
        #expect(app.screen.contains("Pourquoi"))
    }
}

/// Spanish and French run longer than English: every main screen at 80×24, and its footer whole.
@Suite struct LanguageLayoutTests {
    static let size = Size(width: 80, height: 24)

    func expectFits(_ app: AppDriver, _ screen: String, whole texts: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(app.lines.count == Self.size.height, sourceLocation: sourceLocation)
        for line in app.lines { #expect(DisplayWidth.of(line) <= Self.size.width, "\(screen): \(line)", sourceLocation: sourceLocation) }
        for text in texts { #expect(app.screen.contains(text), "\(screen): “\(text)” cut or missing\n\(app.screen)", sourceLocation: sourceLocation) }
    }

    @Test(arguments: InterfaceLanguage.allCases)
    func theDirectoryCardFormAndHelpFit(_ language: InterfaceLanguage) throws {
        let text = AppText.table(for: language)
        let app = try AppDriver(size: Self.size, language: language) { store in _ = try DemoLoader(store: store).load(count: 60, now: AppDriver.now) }
        expectFits(app, "directory", whole: [text.directoryTitle, text.columnName, text.columnPhone, text.columnEmail, text.columnLastActivity])
        app.press(.enter)
        for (index, tab) in CardTab.allCases.enumerated() {
            app.press(.alt(Character(String(index + 1))))
            #expect(app.state.card?.tab == tab)
            expectFits(app, "tab \(tab)", whole: [text.tabTitle(tab)])
        }
        app.press(.character("?"))
        expectFits(app, "help", whole: [text.helpTitle(text.scopeTitle(.card)), text.escClose])
        app.press(.escape, .control("e"))
        expectFits(app, "form", whole: [text.formFooter])
        app.press(.escape)
        app.press(.escape)
        app.press(.control("x"))
        expectFits(app, "export", whole: [text.exportFooter, text.exportWholeDirectory])
        app.press(.escape, .control("o"))
        expectFits(app, "import", whole: [text.importTitleFile, text.importFooterFile])
    }

    @Test(arguments: InterfaceLanguage.allCases)
    func theWelcomeFits(_ language: InterfaceLanguage) throws {
        let text = AppText.table(for: language)
        let app = try AppDriver(size: Self.size, language: language)
        expectFits(app, "welcome", whole: [text.welcomeTitle] + text.welcomeLines.filter { !$0.isEmpty }.map { $0.trimmingCharacters(in: .whitespaces) })
        app.press(.character("n"))
        expectFits(app, "new customer", whole: [text.newCustomerTitle, text.formFooter, text.birthdayHint])
    }

    @Test(arguments: InterfaceLanguage.allCases)
    func theDuplicateReviewAndMergeFit(_ language: InterfaceLanguage) throws {
        let text = AppText.table(for: language)
        let app = try AppDriver(size: Self.size, language: language) { store in
            _ = try store.customers.create(Customer(givenName: "Ana", familyName: "Garcia", emailAddress: "ana@example.com"), now: AppDriver.now.addingTimeInterval(-86_400))
            _ = try store.customers.create(Customer(givenName: "Ana", familyName: "García", emailAddress: "ana@example.com"), now: AppDriver.now)
            _ = try store.customers.create(Fixtures.jose())
        }
        app.waitForBackgroundWork()
        expectFits(app, "alert", whole: [text.possibleDuplicates(1)])
        app.press(.control("d"))
        app.waitForBackgroundWork()
        expectFits(app, "duplicate review", whole: [text.duplicateReviewTitle, text.duplicateReviewFooter, text.profileReference])
        app.press(.character("A"))
        expectFits(app, "merge all", whole: [text.mergeAllTitle, text.yesNoAnswers])
        app.press(.escape, .character("m"))
        expectFits(app, "merge review", whole: [text.mergeReviewTitle, text.mergeReviewFooter])
        app.press(.escape)
        app.press(.escape)
        app.press(.enter, .control("g"))
        expectFits(app, "merge picker", whole: [text.mergePickerFooter])
    }
}
