import Foundation

/// The store as the interface and the command line see it: one part per concern, each a protocol
/// that mentions only CustomerCore types. SQLite (`ClienteleStore` in CustomerStore) conforms
/// today; another backend conforms by naming its own type for each part.
///
/// Why associated types rather than `var customers: any DirectoryStore`: the SQLite store keeps
/// its concrete repositories (`store.customers` is a `CustomerRepository`, with the conveniences
/// the interface already calls), and through `any ClienteleStoring` each part still comes out as
/// `any DirectoryStore`, `any NotesStore`…
public protocol ClienteleStoring: Sendable {
    associatedtype Customers: DirectoryStore
    associatedtype CustomerCards: CardStore
    associatedtype Notes: NotesStore
    associatedtype Attachments: AttachmentsStore
    associatedtype Groups: GroupsStore
    associatedtype CustomFields: CustomFieldsStore
    associatedtype CardsOnFile: CardsOnFileStore
    associatedtype Loyalty: LoyaltyStore
    associatedtype Bookings: BookingsStore
    associatedtype Payments: PaymentsStore
    associatedtype Conversations: ConversationsStore
    associatedtype Settings: SettingsStore
    associatedtype Duplicates: DuplicatesStore
    associatedtype Merges: MergeStore
    associatedtype Imports: ImportStore
    associatedtype Exports: ExportStore
    associatedtype Demo: DemoStore
    associatedtype Upkeep: Maintenance
    associatedtype Erasure: ErasureStore
    associatedtype Watch: CounterWatch

    /// The shop's country: phone numbers written without a country code are read as this region's.
    var region: String { get }
    var customers: Customers { get }
    var customerCards: CustomerCards { get }
    var notes: Notes { get }
    var attachments: Attachments { get }
    var groups: Groups { get }
    var customFields: CustomFields { get }
    var cardsOnFile: CardsOnFile { get }
    var loyalty: Loyalty { get }
    var bookings: Bookings { get }
    var payments: Payments { get }
    var conversations: Conversations { get }
    var settings: Settings { get }
    var duplicates: Duplicates { get }
    var merges: Merges { get }
    var imports: Imports { get }
    var exports: Exports { get }
    var demo: Demo { get }
    var maintenance: Upkeep { get }
    var erasure: Erasure { get }
    /// What other counters change, and waits for them.
    var counters: Watch { get }
}
