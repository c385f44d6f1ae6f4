import CustomerCore
import Foundation

/// Performs effects against the store and answers each with Msgs. The only part of the app
/// that talks to the store, and only through its port (`ClienteleStoring`, any backend);
/// `update` never does. Each feature's effects are performed in its folder's
/// `EffectRunner+Feature.swift`; this file only routes.
public struct EffectRunner: Sendable {
    public let store: any ClienteleStoring
    public let clock: @Sendable () -> Date
    /// Hands messages to the shop's mail command.
    public let mailer: any MailTransport
    /// Where work running off the UI thread posts its messages.
    public let inbox: Inbox

    public init(store: any ClienteleStoring, mailer: any MailTransport, inbox: Inbox = Inbox(), clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.mailer = mailer
        self.inbox = inbox
        self.clock = clock
    }

    public func perform(_ effect: Effect) -> [Msg] {
        do {
            switch effect {
            case .shell(let effect): return try perform(effect)
            case .directory(let effect): return try perform(effect)
            case .card(let effect): return try perform(effect)
            case .customerForm(let effect): return perform(effect)
            case .importing(let effect): return perform(effect)
            case .export(let effect): return try perform(effect)
            case .duplicates(let effect): return try perform(effect)
            case .merge(let effect): return try perform(effect)
            case .notes(let effect): return try perform(effect)
            case .reminders(let effect): return try perform(effect)
            case .documents(let effect): return try perform(effect)
            case .cardsOnFile(let effect): return try perform(effect)
            case .loyalty(let effect): return try perform(effect)
            case .bookings(let effect): return try perform(effect)
            case .payments(let effect): return try perform(effect)
            case .messages(let effect): return try perform(effect)
            case .settings(let effect): return try perform(effect)
            case .erasure(let effect): return try perform(effect)
            case .customFields(let effect): return try perform(effect)
            case .groups(let effect): return try perform(effect)
            }
        } catch {
            return [.operationFailed(String(describing: error))]
        }
    }

    /// Runs `work` on its own thread (the UI keeps drawing) and posts its answer to the inbox.
    func inBackground(_ work: @escaping @Sendable () throws -> Msg) {
        let inbox = self.inbox
        inbox.startedUncancellable()
        // A new thread starts without task-locals: it keeps the language of the loop that started it.
        let language = AppText.language
        Thread.detachNewThread {
            defer { inbox.finished() }
            AppText.$language.withValue(language) {
                do { inbox.post(try work()) } catch { inbox.post(.operationFailed(String(describing: error))) }
            }
        }
    }
}
