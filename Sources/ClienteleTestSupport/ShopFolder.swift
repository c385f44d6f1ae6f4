import Foundation
import CustomerStore

/// A fresh temporary folder for tests of the built binary, and the path of a database file in
/// it that no one has opened yet (the binary creates it, as at a shop's first start).
public enum ShopFolder {
    /// `(folder, folder/shop.sqlite)`, the folder named `prefix-UUID` and created.
    public static func make(_ prefix: String) throws -> (directory: URL, db: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(FolderName.random())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return (directory, directory.appendingPathComponent("shop.sqlite").path)
    }

    /// Creates the shop's database at `db`, empty, as its first write would: for a test that starts
    /// with a command that only reads, which never creates one (it answers "no database at …").
    public static func createDatabase(_ db: String) throws {
        _ = try AppDatabase(path: db)
    }
}
