import ArgumentParser
import CustomerCore
import Foundation

/// What the notes, reminders, documents and settings commands share: looking a thing up by id
/// (exit 1 "no note 42"), turning a store error into its message and exit code, dates for people.
enum CardWork {
    /// The error as a message on stderr and the exit code scripts read: 1 for an unknown id, 3 for a
    /// refusal (nothing stored), 4 for anything the database or the disk said.
    static func failure(_ error: Error, command: String) -> Error {
        switch error {
        case let exit as ExitCode:
            return exit
        case StoreError.notFound(let what, let id):
            Stderr.print("clientele \(command): no \(what) \(id)")
            return ExitStatus.notFound
        case StoreError.invalid, StoreError.attachmentRefused, StoreError.fileExists, StoreError.duplicateName,
             StoreError.unusableDestination, StoreError.destinationNotEmpty:
            Stderr.print("clientele \(command): \(error) — nothing was stored")
            return ExitStatus.invalidData
        default:
            Stderr.print("clientele \(command): \(error)")
            return ExitStatus.databaseProblem
        }
    }

    /// Runs `body`, mapping what it throws with `failure`.
    static func run<T>(_ command: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw failure(error, command: command) }
    }

    static func customer(_ id: Int64, in store: any ClienteleStoring, command: String) throws -> Customer {
        guard let customer = try run(command, { try store.customers.customer(id: id) }) else {
            Stderr.print("clientele \(command): no customer \(id)")
            throw ExitStatus.notFound
        }
        return customer
    }

    static func note(_ id: Int64, in store: any ClienteleStoring, command: String) throws -> Note {
        guard let note = try run(command, { try store.notes.note(id: id) }) else {
            Stderr.print("clientele \(command): no note \(id)")
            throw ExitStatus.notFound
        }
        return note
    }

    static func document(_ id: Int64, in store: any ClienteleStoring, command: String) throws -> Attachment {
        guard let document = try run(command, { try store.attachments.attachment(id: id) }) else {
            Stderr.print("clientele \(command): no document \(id)")
            throw ExitStatus.notFound
        }
        return document
    }

    /// WHEN as the shop writes it (ReminderTime), month first in the US; unreadable → exit 3.
    static func when(_ text: String, store: any ClienteleStoring, command: String, now: Date = Date()) throws -> Date {
        do {
            return try ReminderTime.parse(text, now: now, calendar: .current, monthFirst: ReminderTime.monthFirst(region: store.region))
        } catch {
            Stderr.print("clientele \(command): \(error)")
            throw ExitStatus.invalidData
        }
    }

    /// "2026-12-03 10:00 +01:00": in the machine's time zone, where the shop is, its offset shown.
    static func local(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd HH:mm xxx"
        return formatter.string(from: date)
    }

    /// The first line of a note, at most `limit` characters (an ellipsis when cut).
    static func firstWords(_ text: String, limit: Int = 60) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        guard line.count > limit else { return line }
        let cut = line.prefix(limit)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return words + "…"
    }
}

/// `"createdAt": "2026-12-03T09:00:00Z"`, and `null` rather than a missing key for an absent date.
struct NullableDate: Encodable {
    let date: Date?
    init(_ date: Date?) { self.date = date }
    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let date { try container.encode(date) } else { try container.encodeNil() }
    }
}
