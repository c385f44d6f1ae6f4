import CustomerCore
import Foundation

/// Readable copies of documents for this process (a previewer, a viewer opens a file, not a
/// table): `NSTemporaryDirectory()/clientele-documents-<pid>/ab/HASH.ext`, written on demand from
/// the chunks. Content-addressed, so a copy is never stale; one whose content the database no
/// longer holds is removed when asked for (another counter deleted it) or when this process removes it.
enum PGDocumentCache {
    static let root = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
        .appendingPathComponent("clientele-documents-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)

    static func url(hash: String, type: AttachmentFileType) -> URL {
        root.appendingPathComponent(String(hash.prefix(2)), isDirectory: true).appendingPathComponent("\(hash).\(type.rawValue)")
    }

    /// The copy of `attachment`'s content, written first when there is none.
    static func file(_ db: PGLink, of attachment: Attachment) throws -> URL {
        let hash = attachment.contentHash
        guard PGDocumentContent.isHash(hash), try PGDocumentContent.isStored(db, hash: hash) else {
            forget(hash: hash)
            throw StoreError.fileProblem("the document \(hash.prefix(12))… is missing from the database")
        }
        let url = url(hash: hash, type: attachment.fileType)
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size == attachment.byteCount {
            return url
        }
        let directory = url.deletingLastPathComponent()
        do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]) } catch {
            throw StoreError.fileProblem("cannot write in \(directory.path): \(error.localizedDescription)")
        }
        // Written under another name and renamed: a reader in another thread never sees half a file.
        let temporary = directory.appendingPathComponent(".\(hash).tmp-\(UUID().uuidString)")
        try PGDocumentContent.copy(db, hash: hash, to: temporary.path)
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw StoreError.fileProblem("cannot write \(url.path): \(reason)")
        }
        return url
    }

    /// Removes this process's copies of the content (every type it may have been attached as).
    static func forget(hash: String) {
        guard PGDocumentContent.isHash(hash) else { return }
        for type in AttachmentFileType.allCases { unlink(url(hash: hash, type: type).path) }
    }
}
