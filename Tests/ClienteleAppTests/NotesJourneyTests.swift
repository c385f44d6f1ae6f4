import ClienteleTestSupport
import CustomerCore
import CustomerStore
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// Notes and reminders from the keyboard, through the real runtime and a real SQLite file. The
/// driver's clock is 2026-11-18 11:06:40 UTC and its time zone UTC.
@Suite struct NotesJourneyTests {
    func cardOfMaria(_ size: Size = Size(width: 100, height: 30)) throws -> (AppDriver, CustomerID) {
        var id: CustomerID = 0
        let app = try AppDriver(size: size) { store in id = try store.customers.create(Fixtures.maria()).id! }
        app.press(.enter)
        #expect(app.state.card?.card != nil)
        return (app, id)
    }

    @Test func aNoteWithAReminderIsAddedCountsAsDueAndIsMarkedDone() throws {
        let (app, id) = try cardOfMaria()
        #expect(app.state.remindersDue == 0)
        app.press(.control("a"))
        #expect(app.screen.contains("New note — María Núñez"), "\(app.screen)")
        app.type("Call about the colour")
        app.press(.enter)
        app.type("she prefers mornings")
        app.press(.tab)
        app.type("2026-11-18 10:00")  // an hour ago: due at once
        #expect(app.screen.contains("→ 2026-11-18 10:00"), "\(app.screen)")
        app.press(.control("s"))
        #expect(app.state.modals.isEmpty, "\(app.screen)")
        #expect(app.screen.contains("Note saved; reminder 2026-11-18 10:00."), "\(app.screen)")
        let notes = try app.store.notes.notes(for: id)
        #expect(notes.map(\.body) == ["Call about the colour\nshe prefers mornings"])
        #expect(notes.first?.reminder?.dueAt == Date(timeIntervalSince1970: 1_794_996_000))
        // The count changes at once, and the status bar says where to act on it.
        #expect(app.state.remindersDue == 1)
        app.press(.down)  // clears the status line
        #expect(app.lines.last?.contains("1 reminder due (ctrl+r)") == true, "\(app.lines.last ?? "")")
        #expect(app.screen.contains("Call about the colour"))
        app.press(.control("k"))
        #expect(app.screen.contains("Reminder done."), "\(app.screen)")
        #expect(app.state.remindersDue == 0)
        #expect(try app.store.notes.notes(for: id).first?.reminder?.doneAt != nil)
    }

    @Test func aPresetFillsTheReminderAndCountsFromNow() throws {
        let (app, id) = try cardOfMaria()
        app.press(.control("a"))
        app.type("Ask about the wedding")
        app.press(.control("n"))  // the first preset, from the reminder field or the text alike
        #expect(app.screen.contains("tomorrow"), "\(app.screen)")
        #expect(app.screen.contains("→ 2026-11-19 09:00"), "\(app.screen)")
        app.press(.control("n"))
        #expect(app.screen.contains("→ 2026-11-21 09:00"))  // in 3 days
        app.press(.control("s"))
        #expect(try app.store.notes.notes(for: id).first?.reminder?.dueAt == Date(timeIntervalSince1970: 1_795_251_600))
        #expect(app.state.remindersDue == 0)  // not yet
    }

    @Test func aReminderNotUnderstoodIsSaidAndNothingIsSaved() throws {
        let (app, id) = try cardOfMaria()
        app.press(.control("a"))
        app.type("Follow up")
        app.press(.tab)
        app.type("someday soon")
        app.press(.control("s"))
        #expect(app.screen.contains("“someday soon” is not a time I can read"), "\(app.screen)")
        #expect(try app.store.notes.notes(for: id).isEmpty)
    }

    @Test func aCardNumberInANoteIsRefusedAndTheDraftKept() throws {
        let (app, id) = try cardOfMaria()
        app.press(.control("a"))
        app.type("Paid with 4111 1111 1111 1111")
        app.press(.control("s"))
        #expect(app.state.modals.top(as: NoteEditorState.self) != nil, "\(app.screen)")
        #expect(app.screen.contains("card number"), "\(app.screen)")
        #expect(try app.store.notes.notes(for: id).isEmpty)
        // Escape with a draft asks first.
        app.press(.escape)
        #expect(app.screen.contains("Drop this note?"))
        app.press(.character("n"))
        #expect(app.state.modals.top(as: NoteEditorState.self)?.body.text == "Paid with 4111 1111 1111 1111")
    }

    @Test func aNoteIsEditedPinnedAndDeleted() throws {
        var id: CustomerID = 0
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in
            id = try store.customers.create(Fixtures.maria()).id!
            _ = try store.notes.save(Note(customerID: id, body: "Older note", createdAt: AppDriver.now.addingTimeInterval(-7200)), now: AppDriver.now)
            _ = try store.notes.save(Note(customerID: id, body: "Newer note", createdAt: AppDriver.now.addingTimeInterval(-3600)), now: AppDriver.now)
        }
        app.press(.enter)
        // Newest first, the first one selected; ↓ selects the older one.
        app.press(.down)
        #expect(app.state.card?.selectedNote?.body == "Older note")
        app.press(.control("p"))
        #expect(app.screen.contains("Note pinned"), "\(app.screen)")
        #expect(try app.store.notes.notes(for: id).map(\.body) == ["Older note", "Newer note"])
        #expect(app.state.card?.selectedNote?.body == "Older note")  // the selection moved with it
        app.press(.enter)
        #expect(app.screen.contains("Edit note — María Núñez"))
        app.type(" — allergic to latex")
        app.press(.control("s"))
        #expect(try app.store.notes.notes(for: id).first?.body == "Older note — allergic to latex")
        app.press(.delete)
        #expect(app.screen.contains("Delete this note?"), "\(app.screen)")
        app.press(.character("y"))
        #expect(app.screen.contains("Note deleted."))
        #expect(try app.store.notes.notes(for: id).map(\.body) == ["Newer note"])
    }

    @Test func theRemindersScreenListsEveryOpenReminderAndActsOnThem() throws {
        var ids: [CustomerID] = []
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in
            let ana = try store.customers.create(Customer(givenName: "Ana", familyName: "Ruiz")).id!
            let bea = try store.customers.create(Customer(givenName: "Bea", familyName: "Soto")).id!
            ids = [ana, bea]
            _ = try store.notes.save(Note(customerID: ana, body: "Due since yesterday", reminder: Reminder(dueAt: AppDriver.now.addingTimeInterval(-86_400))))
            _ = try store.notes.save(Note(customerID: bea, body: "Next week", reminder: Reminder(dueAt: AppDriver.now.addingTimeInterval(7 * 86_400))))
            _ = try store.notes.save(Note(customerID: bea, body: "Due an hour ago", reminder: Reminder(dueAt: AppDriver.now.addingTimeInterval(-3600))))
        }
        #expect(app.state.remindersDue == 2)
        app.press(.control("r"))
        #expect(app.screen.contains("Reminders · 2 due · 3 open"), "\(app.screen)")
        let rows = ["Due since yesterday", "Due an hour ago", "Next week"].map { app.row(containing: $0) ?? -1 }
        #expect(rows == rows.sorted() && !rows.contains(-1), "soonest first: \(rows)\n\(app.screen)")
        app.press(.character("d"))  // the first: due since yesterday
        #expect(app.state.remindersDue == 1)
        #expect(!app.screen.contains("Due since yesterday"), "\(app.screen)")
        app.press(.character("s"))
        #expect(app.screen.contains("Snooze — Bea Soto"), "\(app.screen)")
        app.press(.enter)  // the first preset: tomorrow, 9:00
        #expect(app.state.remindersDue == 0)
        let snoozed = try app.store.notes.notes(for: ids[1]).first { $0.body == "Due an hour ago" }
        #expect(snoozed?.reminder?.dueAt == Date(timeIntervalSince1970: 1_795_078_800))
        app.press(.enter)  // open the card of the selected reminder's customer
        #expect(app.state.modals.isEmpty)
        #expect(app.state.card?.customerID == ids[1])
    }

    @Test func clickingTheDueCountOpensTheReminders() throws {
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in
            let ana = try store.customers.create(Customer(givenName: "Ana", familyName: "Ruiz")).id!
            _ = try store.notes.save(Note(customerID: ana, body: "Call Ana", reminder: Reminder(dueAt: AppDriver.now.addingTimeInterval(-60))))
        }
        app.click(Point(x: 95, y: 29))
        #expect(app.screen.contains("Reminders · 1 due"), "\(app.screen)")
    }

    @Test func theCountFollowsTheClockWhileTheAppIsOpen() throws {
        let app = try AppDriver(size: Size(width: 100, height: 30)) { store in
            let ana = try store.customers.create(Customer(givenName: "Ana", familyName: "Ruiz")).id!
            // Due five minutes from the driver's clock: not yet due at start.
            _ = try store.notes.save(Note(customerID: ana, body: "Soon", reminder: Reminder(dueAt: AppDriver.now.addingTimeInterval(300))))
        }
        #expect(app.state.remindersDue == 0)
        app.advanceClock(by: 600)
        app.runtime.send(.clockTicked)
        #expect(app.state.remindersDue == 1)
    }
}

/// The card's lines for notes: edits and reminders done are events of their own in Conversations.
@Suite struct NoteEventTests {
    @Test func conversationsShowANoteTheEditAndTheReminderDone() {
        let created = Date(timeIntervalSince1970: 1_794_900_000), edited = created.addingTimeInterval(3600), done = created.addingTimeInterval(7200)
        let note = Note(id: 1, customerID: 1, body: "Colour at 10", createdAt: created, updatedAt: edited,
                        reminder: Reminder(dueAt: created.addingTimeInterval(600), doneAt: done))
        let card = CustomerCard(customer: Customer(id: 1, givenName: "Ana"), notes: [note])
        let lines = CardTabContent(card: card, now: done, width: 70, phones: PhoneDisplay(region: "US")).lines(for: .conversations).map(\.text)
        let heads = lines.filter { $0.contains("Note") || $0.contains("Reminder") }
        #expect(heads.count == 3, "\(lines)")
        #expect(heads.first?.contains("Reminder done") == true && heads[1].contains("Note edited") && heads[2].hasSuffix("Note"), "\(heads)")
    }
}
