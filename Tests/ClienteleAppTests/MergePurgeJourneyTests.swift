import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// ctrl+z on a card whose latest merge was purged from the history says so plainly, in the
/// interface's language, instead of "no merge to undo" or a question it could not honour.
@Suite struct MergePurgeJourneyTests {
    static let mergedAt = AppDriver.now.addingTimeInterval(-40 * 86_400)   // 2026-10-09
    static let purgedAt = AppDriver.now.addingTimeInterval(-3_600)         // 2026-11-18

    func purgedCard(_ language: InterfaceLanguage) throws -> AppDriver {
        let app = try AppDriver(size: Size(width: 160, height: 30), language: language) { store in
            let ana = try store.customers.create(Customer(givenName: "Ana", familyName: "García", phoneNumber: "+1 415 555 0101"),
                                                 now: Self.mergedAt).id!
            let twin = try store.customers.create(Customer(givenName: "Anita", familyName: "García"), now: Self.mergedAt).id!
            try store.merges.merge(ana, absorbing: twin, keepNewestDocuments: false, now: Self.mergedAt)
            try store.merges.purgeHistory(olderThanDays: 30, now: Self.purgedAt)
        }
        app.waitForBackgroundWork()
        app.type("garcia")
        app.press(.enter)
        return app
    }

    @Test func ctrlZAfterAPurgeSaysTheMergeCanNoLongerBeUndone() throws {
        let app = try purgedCard(.en)
        #expect(app.screen.contains("Merged from: Anita García on 2026-10-09"), "\(app.screen)")
        #expect(!app.screen.contains("u to undo"), "a purged merge is not offered")
        app.press(.control("z"))
        let sentence = "The merge of Anita García into Ana García on 2026-10-09 was purged from the history on 2026-11-18; it can no longer be undone."
        #expect(app.screen.contains(sentence), "\(app.screen)")
        #expect(app.state.modals.isEmpty, "no question asked")
        #expect(try app.store.customers.count() == 1)
    }

    /// The card was loaded before another counter purged the history: its question is asked, and yes
    /// finds the merge purged and says so in the same words.
    @Test func aPurgeAtAnotherCounterAfterTheCardLoadedIsSaidTheSameWay() throws {
        let app = try AppDriver(size: Size(width: 160, height: 30)) { store in
            let ana = try store.customers.create(Customer(givenName: "Ana", familyName: "García"), now: Self.mergedAt).id!
            let twin = try store.customers.create(Customer(givenName: "Anita", familyName: "García"), now: Self.mergedAt).id!
            try store.merges.merge(ana, absorbing: twin, keepNewestDocuments: false, now: Self.mergedAt)
        }
        app.waitForBackgroundWork()
        app.type("garcia")
        app.press(.enter)
        #expect(app.screen.contains("u to undo"))
        try app.store.merges.purgeHistory(olderThanDays: 30, now: Self.purgedAt)
        app.press(.control("z"), .character("y"))
        #expect(app.screen.contains("The merge of Anita García into Ana García on 2026-10-09 was purged from the history on 2026-11-18; it can no longer be undone."),
                "\(app.screen)")
        #expect(!app.screen.contains("u to undo"), "the card reloaded")
    }

    @Test(arguments: [
        (InterfaceLanguage.fr, "La fusion de Anita García dans Ana García du 2026-10-09 a été purgée de l'historique le 2026-11-18 ; elle ne peut plus être annulée."),
        (InterfaceLanguage.es, "La fusión de Anita García con Ana García del 2026-10-09 se eliminó del historial el 2026-11-18; ya no se puede deshacer."),
    ])
    func theSentenceIsInTheInterfacesLanguage(_ language: InterfaceLanguage, _ sentence: String) throws {
        let app = try purgedCard(language)
        app.press(.control("z"))
        #expect(app.screen.contains(sentence), "\(app.screen)")
    }
}
