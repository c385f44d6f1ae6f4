import CustomerCore
import Foundation

/// Every part of the port over one connection to a shared PostgreSQL server: the second backend
/// of `ClienteleStoring`, beside the SQLite file's `ClienteleStore`. One per counter (per process);
/// other counters are other processes with their own, and hear each other through `counters`.
public struct PostgresClienteleStore: ClienteleStoring {
    public let link: PGLink
    public let region: String
    public let customers: PGCustomerRepository
    public let settings: PGSettingsRepository
    public let notes: PGNoteRepository
    public let attachments: PGAttachmentRepository
    public let groups: PGGroupRepository
    public let customFields: PGCustomFieldRepository
    public let cardsOnFile: PGSavedCardRepository
    public let loyalty: PGLoyaltyRepository
    public let bookings: PGBookingRepository
    public let payments: PGPaymentRepository
    public let conversations: PGConversationRepository
    public let duplicates: PGDuplicateRepository
    public let counters: PGCounterWatch

    /// Opens the database at `address`, bringing its schema up to date; `mayCreate` false refuses a
    /// database with no Clientele directory yet (`StoreError.noDatabase`), as a command that only
    /// reads must not start one. `region` is the shop's region given its stored setting.
    public static func open(_ address: PostgresAddress, region: String?, mayCreate: Bool) throws -> PostgresClienteleStore {
        try open(address, mayCreate: mayCreate, region: { stored in region ?? stored ?? "US" })
    }

    public static func open(_ address: PostgresAddress, mayCreate: Bool, region: (_ stored: String?) -> String) throws -> PostgresClienteleStore {
        let link = try PGLink(address: address)
        do {
            try PostgresSchema.migrate(link, mayCreate: mayCreate)
        } catch PostgresSchema.Refusal.noDirectory {
            throw StoreError.noDatabase(path: address.description)
        }
        let stored = try PGSettingsRepository(link: link).value(.region)
        return PostgresClienteleStore(link: link, region: region(stored))
    }

    init(link: PGLink, region: String) {
        self.link = link
        self.region = region
        customers = PGCustomerRepository(link: link, region: region)
        settings = PGSettingsRepository(link: link)
        notes = PGNoteRepository(link: link)
        attachments = PGAttachmentRepository(link: link)
        groups = PGGroupRepository(link: link)
        customFields = PGCustomFieldRepository(link: link, region: region)
        cardsOnFile = PGSavedCardRepository(link: link)
        loyalty = PGLoyaltyRepository(link: link)
        bookings = PGBookingRepository(link: link)
        payments = PGPaymentRepository(link: link)
        conversations = PGConversationRepository(link: link)
        duplicates = PGDuplicateRepository(link: link)
        counters = PGCounterWatch(address: link.address, ownPID: { [link] in link.backendPID }, problem: { [link] in link.problem })
    }

    // Built on demand: each holds this store (a stored one would make the struct contain itself).

    public var customerCards: PGCardRepository { PGCardRepository(store: self) }
    public var merges: PGMergeRepository { PGMergeRepository(store: self) }
    public var imports: PGImportRunner { PGImportRunner(store: self) }
    public var exports: PGDirectoryExporter { PGDirectoryExporter(store: self) }
    public var demo: PGDemoLoader { PGDemoLoader(store: self) }
    public var maintenance: PGMaintenanceRepository { PGMaintenanceRepository(store: self) }
    public var erasure: PGErasureRepository { PGErasureRepository(store: self) }
}
