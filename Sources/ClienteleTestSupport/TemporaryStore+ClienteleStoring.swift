import Foundation
import CustomerCore
import CustomerStore

/// A temporary store is the SQLite backend under test: its parts are its `store`'s, and the
/// folder lives as long as the value does (the contract tests hold it as `any ClienteleStoring`).
extension TemporaryStore: ClienteleStoring {
    public var region: String { store.region }
    public var customers: CustomerRepository { store.customers }
    public var customerCards: CustomerCardRepository { store.customerCards }
    public var notes: NoteRepository { store.notes }
    public var attachments: AttachmentRepository { store.attachments }
    public var groups: GroupRepository { store.groups }
    public var customFields: CustomFieldRepository { store.customFields }
    public var cardsOnFile: SavedCardRepository { store.cardsOnFile }
    public var loyalty: LoyaltyRepository { store.loyalty }
    public var bookings: BookingRepository { store.bookings }
    public var payments: PaymentRepository { store.payments }
    public var conversations: ConversationRepository { store.conversations }
    public var settings: SettingsRepository { store.settings }
    public var duplicates: DuplicateRepository { store.duplicates }
    public var merges: MergeRepository { store.merges }
    public var imports: ImportRunner { store.imports }
    public var exports: DirectoryExporter { store.exports }
    public var demo: DemoLoader { store.demo }
    public var maintenance: MaintenanceRepository { store.maintenance }
    public var erasure: ErasureRepository { store.erasure }
    public var counters: SQLiteCounterWatch { store.counters }
}
