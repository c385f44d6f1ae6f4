import Foundation
import CustomerCore

/// Every repository over one SQLite database, built once and handed to the app and the commands:
/// the SQLite backend of the port (`ClienteleStoring`). Each part keeps its concrete type, so
/// callers holding a `ClienteleStore` keep its conveniences (`customers.validator`,
/// `attachments.files`); callers holding `any ClienteleStoring` see only the protocols.
public struct ClienteleStore: ClienteleStoring {
    public let database: AppDatabase
    public let region: String
    public let customers: CustomerRepository
    public let cardsOnFile: SavedCardRepository
    public let customerCards: CustomerCardRepository
    public let customFields: CustomFieldRepository
    public let groups: GroupRepository
    public let notes: NoteRepository
    public let attachments: AttachmentRepository
    public let loyalty: LoyaltyRepository
    public let bookings: BookingRepository
    public let payments: PaymentRepository
    public let conversations: ConversationRepository
    public let settings: SettingsRepository
    public let duplicates: DuplicateRepository
    public let merges: MergeRepository
    public let erasure: ErasureRepository
    /// An import alone with the file writes it in one transaction, the indexes built after its rows
    /// (`WholeImportWriter`). The command line sets it; the interface does not, since its own reads
    /// share the import's connection and would wait for the whole import.
    public var importsWholeWhenAlone = false

    public init(database: AppDatabase, region: String) {
        self.database = database
        self.region = region
        customers = CustomerRepository(database: database, region: region)
        cardsOnFile = SavedCardRepository(database: database)
        customerCards = CustomerCardRepository(database: database)
        customFields = CustomFieldRepository(database: database, region: region)
        groups = GroupRepository(database: database)
        notes = NoteRepository(database: database)
        attachments = AttachmentRepository(database: database)
        loyalty = LoyaltyRepository(database: database)
        bookings = BookingRepository(database: database)
        payments = PaymentRepository(database: database)
        conversations = ConversationRepository(database: database)
        settings = SettingsRepository(database: database)
        duplicates = DuplicateRepository(database: database)
        merges = MergeRepository(database: database, files: attachments.files)
        erasure = ErasureRepository(database: database, attachments: attachments)
    }

    // Built on demand: each holds this store (a stored one would make the struct contain itself).

    /// Imports through `ImportRunner`.
    public var imports: ImportRunner { ImportRunner(store: self) }
    /// Exports through `DirectoryExporter`.
    public var exports: DirectoryExporter { DirectoryExporter(store: self) }
    /// Demo customers through `DemoLoader`.
    public var demo: DemoLoader { DemoLoader(store: self) }
    public var maintenance: MaintenanceRepository { MaintenanceRepository(database: database) }
    /// The benchmarks' bare lookups on this database (SQLite only, not part of the port).
    public var floorQueries: FloorQueries { FloorQueries(database: database) }
    /// Other counters' commits and waits for them.
    public var counters: SQLiteCounterWatch { database.watch }
}
