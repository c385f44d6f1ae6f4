import Foundation
import Crypto
import CustomerCore

/// Attachment bytes on disk, beside the database, named by their SHA-256 (`attachments/ab/cdef…`).
/// Written temp file → fsync → rename → fsync directory, so a crash never leaves half a file
/// under a real name (DESIGN §3). The same content is stored once however often it is attached.
public struct AttachmentFileStore: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    public static func hash(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    public func url(forHash hash: String) -> URL {
        root.appendingPathComponent(String(hash.prefix(2)), isDirectory: true).appendingPathComponent(String(hash.dropFirst(2)))
    }

    /// Stores the bytes (if not already there) and returns their hash.
    @discardableResult
    public func store(_ data: Data) throws -> String {
        let hash = Self.hash(data)
        let destination = url(forHash: hash)
        if FileManager.default.fileExists(atPath: destination.path) { return hash }
        let directory = destination.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".tmp-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw StoreError.fileProblem("cannot write in \(directory.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, destination.path) == 0 else {
                throw StoreError.fileProblem("cannot move the document into place: \(String(cString: strerror(errno)))")
            }
            Self.syncDirectory(directory)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        return hash
    }

    public func read(hash: String) throws -> Data {
        do { return try Data(contentsOf: url(forHash: hash)) } catch {
            throw StoreError.fileProblem("the document file \(hash.prefix(12))… is missing from \(root.path)")
        }
    }

    /// Removes the file when no attachment row refers to it any more.
    func removeIfUnreferenced(hash: String, stillReferenced: Bool) {
        guard !stillReferenced else { return }
        try? FileManager.default.removeItem(at: url(forHash: hash))
    }

    static func syncDirectory(_ directory: URL) {
        let descriptor = open(directory.path, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
