import Foundation
import CustomerCore
import CustomerStore

/// A real SQLite file in a fresh temporary folder, removed when the value is released.
/// Tests use real files (never mocks) so journal mode, triggers and FTS behave as in the shop.
public final class TemporaryStore: @unchecked Sendable {
    public let directory: URL
    public let path: String
    public let store: ClienteleStore

    public init(region: String = "US") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-test-\(FolderName.random())", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("clientele.sqlite").path
        store = ClienteleStore(database: try AppDatabase(path: path), region: region)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Opens a second, independent connection to the same file (another counter).
    public func secondCounter() throws -> ClienteleStore {
        ClienteleStore(database: try AppDatabase(path: path), region: store.region)
    }
}

/// Profiles that tests use by name.
public enum Fixtures {
    public static func maria(phone: String = "+1 (415) 555-0134") -> Customer {
        Customer(givenName: "María", familyName: "Núñez", nickname: "Mari", companyName: "Café Olé",
                 emailAddress: "Maria.Nunez@Example.com", phoneNumber: phone,
                 address: PostalAddress(line1: "12 Main St", locality: "San Francisco", region: "CA", postalCode: "94110", country: "US"),
                 birthday: Birthday("04-12"), referenceID: "R1")
    }

    public static func jose() -> Customer {
        Customer(givenName: "José", familyName: "García", emailAddress: "jose@example.es", phoneNumber: "+34 612 34 56 78", referenceID: "R2")
    }

    public static func camille() -> Customer {
        Customer(givenName: "Camille", familyName: "Lefèvre", emailAddress: "camille@example.fr", phoneNumber: "+33 6 12 34 56 78", referenceID: "R3")
    }
}
