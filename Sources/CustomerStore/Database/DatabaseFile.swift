import Foundation
import CustomerCore

/// What lies at a database path before SQLite is let near it. SQLite itself would turn an empty
/// file into a new database, and answers a file of random bytes only with "file is not a
/// database" at the first statement — after the caller has asked for its journal mode. Reading
/// the 100-byte header first refuses such a file untouched, in words, and catches a file cut short
/// (a copy that stopped, a full disk during a copy) for free.
enum DatabaseFile: Equatable {
    /// Nothing there yet.
    case missing
    /// An SQLite file; `looksDamaged` when its size disagrees with its own header, or when SQLite
    /// found it damaged before and nothing has replaced it since (`DamageMark`).
    case sqlite(looksDamaged: Bool)

    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// Refuses a folder, an empty file and anything whose header is not SQLite's (`StoreError.notADatabase`).
    static func inspect(path: String) throws -> DatabaseFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .missing }
        guard !isFolder.boolValue else { throw StoreError.notADatabase(path: path) }
        // A file this user may not read: SQLite says so itself when it tries.
        guard let handle = FileHandle(forReadingAtPath: path) else { return .sqlite(looksDamaged: false) }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        guard header.count == 100, Array(header[0..<16]) == magic else { throw StoreError.notADatabase(path: path) }
        let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
        return .sqlite(looksDamaged: looksTruncated(header: header, fileSize: size) || DamageMark.isMarked(path: path))
    }

    /// The header's page size and page count against the file's size (sqlite.org/fileformat2.html §1.3).
    /// Only for a rollback-journal file (read/write versions 1): in WAL mode the newest pages may
    /// still be in the `-wal` file, and the main file is legitimately shorter.
    static func looksTruncated(header: [UInt8], fileSize: Int) -> Bool {
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        guard pageSize >= 512, pageSize.nonzeroBitCount == 1 else { return true }
        guard header[18] == 1, header[19] == 1 else { return false }
        if fileSize % pageSize != 0 { return true }
        let pages = header[28..<32].reduce(0) { $0 << 8 | Int($1) }
        let changeCounter = header[24..<28].reduce(0) { $0 << 8 | Int($1) }
        let validFor = header[92..<96].reduce(0) { $0 << 8 | Int($1) }
        // The header's page count is only trusted when it was written by a version that keeps it (same counter).
        return pages > 0 && changeCounter == validFor && pages * pageSize > fileSize
    }
}
