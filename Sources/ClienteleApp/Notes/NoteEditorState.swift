import CustomerCore
import Foundation
import TerminalCore

/// Adding or editing a note (ctrl+a on the card's Main tab, enter on a note): a multi-line text,
/// a reminder (presets or typed), pinned or not. ctrl+s saves; Escape asks before dropping edits.
public struct NoteEditorState: ModalContent {
    public enum Field: Int, CaseIterable, Sendable { case body, reminder, pin }

    public let customerID: CustomerID
    public let customerName: String
    /// The note being edited; nil for a new one.
    public let original: Note?
    public var body: TextArea
    public var reminder: ReminderInput
    public var isPinned: Bool
    public var focus: Field = .body
    /// Why the store refused the last save (a card number, an empty note).
    public var problems: [ValidationIssue] = []
    /// The reminder's words were not understood at the last save.
    public var reminderProblem: ReminderTimeError?
    public var isSaving = false
    /// When the reminder as typed would come (shown beside the field as the person types), or
    /// nil when the field is empty or not understood.
    public var reminderPreview: Date?

    public static let maximumLength = 10_000

    public init(customerID: CustomerID, customerName: String, note: Note? = nil, presets: [ReminderPreset]) {
        self.customerID = customerID
        self.customerName = customerName
        original = note
        body = TextArea(note?.body ?? "", maxLength: Self.maximumLength)
        isPinned = note?.isPinned ?? false
        // An open reminder is shown in a form the parser reads back ("2026-12-03 10:00").
        let open = note?.reminder.flatMap { $0.doneAt == nil ? $0.dueAt : nil }
        reminder = ReminderInput(presets: presets, text: open.map(DateText.typeable) ?? "")
    }

    public var scope: KeyScope { .noteEditor }

    /// The text and the reminder are typed; on the pin box, space toggles it.
    public var takesPrintableCharacters: Bool { focus != .pin }

    var hasEdits: Bool {
        body.text != (original?.body ?? "") || isPinned != (original?.isPinned ?? false)
            || reminder.field.text != (original?.reminder.flatMap { $0.doneAt == nil ? DateText.typeable($0.dueAt) : nil } ?? "")
    }

    public mutating func handle(_ key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        let reply = respond(to: key, action: action, app: &app, update: update)
        if case .success(let date) = reminder.resolve(now: update.clock(), monthFirst: ReminderTime.monthFirst(region: update.region)) {
            reminderPreview = date
        } else {
            reminderPreview = nil
        }
        return reply
    }

    mutating func respond(to key: KeyEvent, action: Action?, app: inout AppState, update: AppUpdate) -> ModalReply {
        guard case .noteEditor(let action)? = action else { return typed(key) }
        switch action {
        case .saveNote: return save(update: update)
        case .nextField: focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count) ?? .body
        case .previousField: focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count) ?? .body
        case .nextPreset, .previousPreset:
            reminder.cycle(forward: action == .nextPreset)
            reminderProblem = nil
        case .togglePin: isPinned.toggle()
        case .cancelModal: return cancel(app: &app, update: update)
        }
        return .stay
    }

    mutating func typed(_ key: KeyEvent) -> ModalReply {
        switch focus {
        case .body: if body.handle(key) { problems = [] }
        case .reminder: if reminder.handle(key) { reminderProblem = nil }
        case .pin: if key == .character(" ") { isPinned.toggle() }
        }
        return .stay
    }

    /// The note as it would be saved, or the reminder's problem.
    mutating func save(update: AppUpdate) -> ModalReply {
        guard !isSaving else { return .stay }
        let now = update.clock()
        let dueAt: Date?
        switch reminder.resolve(now: now, monthFirst: ReminderTime.monthFirst(region: update.region)) {
        case .success(let date): dueAt = date
        case .failure(let problem):
            reminderProblem = problem
            focus = .reminder
            return .stay
        }
        var note = original ?? Note(customerID: customerID, body: "", createdAt: now, updatedAt: now)
        note.body = body.text
        note.isPinned = isPinned
        if let dueAt {
            // The same time as before keeps its "done"; a new time is a new reminder.
            let done = original?.reminder?.dueAt == dueAt ? original?.reminder?.doneAt : nil
            note.reminder = Reminder(dueAt: dueAt, doneAt: done)
        } else if original?.reminder?.doneAt == nil {
            note.reminder = nil
        }
        isSaving = true
        return .stay([.notes(.save(note))])
    }

    public mutating func cancel(app: inout AppState, update: AppUpdate) -> ModalReply {
        guard hasEdits else { return .close }
        app.modals.push(ConfirmState(NotesQuestion.discardDraft, onYes: ConfirmYes(closesModalBelow: true)))
        return .stay
    }

    public func draw(in screen: Rect, context: ModalDrawContext, on buffer: inout ScreenBuffer) -> Point? {
        NoteEditorView(theme: context.theme).draw(self, in: screen, on: &buffer)
    }
}
