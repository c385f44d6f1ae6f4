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
        return .sqlite(looksDamaged: DamageMark.isMarked(path: path) || staysTruncated(path: path, handle: handle, header: header))
    }

    /// The header is read without SQLite's lock, so another counter committing at that instant can
    /// show a page count ahead of the file's size (page 1 is written before the pages that extend
    /// the file): seen as a healthy file marked damaged during an import beside a backup. Only a
    /// file that looks cut short on several looks, with no journal beside it (a journal means a
    /// write under way or one SQLite will roll back), is taken for cut short.
    static func staysTruncated(path: String, handle: FileHandle, header first: [UInt8]) -> Bool {
        var header = first
        for look in 0..<5 {
            if FileManager.default.fileExists(atPath: path + "-journal") { return false }
            let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
            guard looksTruncated(header: header, fileSize: size) else { return false }
            if look == 4 { break }
            usleep(20_000)
            try? handle.seek(toOffset: 0)
            header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
            guard header.count == 100 else { return true }
        }
        return true
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
