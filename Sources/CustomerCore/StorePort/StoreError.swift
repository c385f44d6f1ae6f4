import Foundation

/// What can go wrong in the store, worded for the person at the counter. Part of the port: every
/// backend throws these, so the interface and the command line handle a conflict or a refusal the
/// same way whichever store is behind them.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Someone else saved this profile since it was loaded; `current` is what is stored now.
    case conflict(current: Customer)
    case notFound(what: String, id: Int64)
    case invalid(ValidationFailure)
    case networkFileSystem(path: String, type: String)
    case duplicateName(what: String, name: String)
    case attachmentRefused(AttachmentRules.Refusal)
    case fileProblem(String)
    /// A file of that name is already there and was not to be replaced (a document's export).
    case fileExists(path: String)
    /// A file cannot be written there (a backup's folder missing or read-only); `reason` says which.
    case unusableDestination(path: String, reason: String)
    /// Nothing at `path`, and the command only reads: a mistyped `--db` must not become a new, empty database.
    case noDatabase(path: String)
    /// The file is not an SQLite database at all (random bytes, text, an empty or cut header); left untouched.
    case notADatabase(path: String)
    /// An SQLite database without Clientele's tables (another program's file); left untouched.
    case foreignDatabase(path: String)
    /// SQLite met damaged pages: nothing is written to the file, which can still be read where it is sound.
    case damaged(path: String)
    /// The file or its folder may not be written by this user: reads work, writes are refused.
    case readOnly(path: String)
    /// A write found no room on the disk (or the file may not grow): SQLite rolled it back.
    case diskFull(path: String)
    /// The file's schema has migrations this build does not know: opened by a newer Clientele.
    case newerSchema(path: String, found: String, known: String)
    /// The database server cannot be reached (refused, no such host, timed out, gone away); `server`
    /// names it without its password. Nothing was written; the interface says it is offline and retries.
    case serverUnreachable(server: String, reason: String)
    /// The server refused the user name or password.
    case authenticationFailed(server: String, reason: String)
    /// The connection to the server ended during the operation: what it was doing was rolled back by
    /// the server, so nothing of it is stored.
    case connectionLost(server: String)
    /// `migrate-to` was pointed at a database that already holds a directory's data (`table` is not empty).
    case destinationNotEmpty(place: String, table: String)

    public var description: String {
        switch self {
        case .conflict(let current):
            "\(current.displayName) was changed at another counter since you opened it (now version \(current.version)); review the changes and save again"
        case .notFound(let what, let id):
            "no \(what) with id \(id)"
        case .invalid(let failure):
            failure.description
        case .networkFileSystem(let path, let type):
            "\(path) is on a network file system (\(type)); SQLite cannot lock it safely — keep the database on a local disk"
        case .duplicateName(let what, let name):
            "a \(what) named “\(name)” already exists"
        case .attachmentRefused(let refusal):
            refusal.description
        case .fileProblem(let message):
            message
        case .fileExists(let path):
            "\(path) already exists; choose another folder or name, or replace it"
        case .unusableDestination(let path, let reason):
            "cannot write \(path): \(reason)"
        case .noDatabase(let path):
            "no database at \(path) — check the --db path (a command that only reads never creates one; `clientele add`, `clientele import` or the interface starts a new one)"
        case .notADatabase(let path):
            "\(path) is not a Clientele database (not an SQLite file); nothing was written to it — check the --db path"
        case .foreignDatabase(let path):
            "\(path) is not a Clientele database (an SQLite file of another program); nothing was written to it — check the --db path"
        case .damaged(let path):
            "the database at \(path) is damaged (SQLite found broken pages), so it is only read and nothing is written to it — restore your latest backup (made with `clientele backup`); `clientele check` lists the damage"
        case .readOnly(let path):
            "the database at \(path) is read-only — nothing was saved; allow writing to the file and its folder, or work on a writable copy"
        case .diskFull(let path):
            "no room left to write the database at \(path): the disk is full (or the file may not grow) — nothing was changed; free some space and try again"
        case .newerSchema(let path, let found, let known):
            "this database (\(path)) was written by a newer Clientele (schema “\(found)”); this build knows up to “\(known)” — nothing was changed; update Clientele to open it"
        case .serverUnreachable(let server, let reason):
            "cannot reach the database server \(server): \(reason) — nothing was changed; check that the server runs and the network is up"
        case .authenticationFailed(let server, let reason):
            "the database server \(server) refused the login: \(reason) — check the user name and the password (in the URL, PGPASSWORD or ~/.pgpass)"
        case .destinationNotEmpty(let place, let table):
            "\(place) already holds data (its \(table) table is not empty); migrate into a new, empty database"
        case .connectionLost(let server):
            "the connection to the database server \(server) was lost — what was being saved was not stored; it will reconnect, try again"
        }
    }
}
