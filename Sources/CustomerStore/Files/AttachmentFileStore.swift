import Foundation
import Crypto
import CustomerCore

/// Attachment bytes on disk, beside the database, named by their SHA-256 (`attachments/ab/cdef…`).
/// Written temp file → fsync → rename → fsync directory, so a crash never leaves half a file
/// under a real name (DESIGN §3). The same content is stored once however often it is attached.
/// Temporary files are `attachments/.tmp-…`, locked (`flock`) by the process writing them: one
/// whose lock nobody holds was left by a killed attach and is removed (`removeLeftovers`).
public struct AttachmentFileStore: Sendable {
    public let root: URL

    /// Bytes read per `read(2)` while streaming a file in.
    public static let chunkSize = 1 << 20

    public init(root: URL) { self.root = root }

    public static func hash(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    public func url(forHash hash: String) -> URL {
        root.appendingPathComponent(String(hash.prefix(2)), isDirectory: true).appendingPathComponent(String(hash.dropFirst(2)))
    }

    /// Counts the bytes a streamed attach read, for tests and the bench (thread-safe).
    public final class ByteCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var total = 0
        public init() {}
        public var bytesRead: Int { lock.withLock { total } }
        func add(_ count: Int) { lock.withLock { total += count } }
    }

    /// What `stream` put in place.
    public struct Streamed: Sendable {
        public var hash: String
        public var byteCount: Int
        public var type: AttachmentFileType
        /// The content file was already there (the same bytes attached before).
        public var alreadyStored: Bool
        /// Held until the row naming the new content file has committed (`Placement`).
        var placement: Placement?
    }

    /// Stores the bytes (if not already there) and returns their hash.
    @discardableResult
    public func store(_ data: Data) throws -> String {
        try storeHeld(data).hash
    }

    /// Stores the bytes; the placement is held until the caller's row has committed.
    func storeHeld(_ data: Data) throws -> (hash: String, placement: Placement?) {
        let hash = Self.hash(data)
        if FileManager.default.fileExists(atPath: url(forHash: hash).path) { return (hash, nil) }
        let temporary = try TemporaryFile(in: root)
        do {
            try temporary.write(data)
            return (hash, try place(temporary, hash: hash))
        } catch {
            temporary.discard()
            throw error
        }
    }

    /// Streams the file at `path` in, `chunkSize` at a time, hashing as it goes: refused (nothing
    /// kept) as soon as more than `AttachmentRules.maximumBytes` have been read, when its first
    /// bytes are not a PDF, JPEG, GIF or PNG, or when it is empty. Leftovers of killed attaches go first.
    public func stream(fileAt path: String, fileName: String, counter: ByteCounter? = nil) throws -> Streamed {
        removeLeftovers()
        let source = open(path, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { throw StoreError.fileProblem("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(source) }
        var status = stat()
        guard fstat(source, &status) == 0 else { throw StoreError.fileProblem("cannot read \(path): \(String(cString: strerror(errno)))") }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw StoreError.fileProblem("\(path) is a folder, not a file") }
        // The size the refusal names: the file's own when it has one (a pipe's is what was read).
        let statedSize = (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil

        let temporary = try TemporaryFile(in: root)
        do {
            var hasher = SHA256()
            var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
            var head: [UInt8] = []
            var total = 0
            var type: AttachmentFileType?
            while true {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(source, $0.baseAddress, Self.chunkSize) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw StoreError.fileProblem("cannot read \(path): \(String(cString: strerror(errno)))")
                }
                if count == 0 { break }
                counter?.add(count)
                total += count
                if head.count < 512 { head += buffer.prefix(min(count, 512 - head.count)) }
                if total > AttachmentRules.maximumBytes {
                    throw StoreError.attachmentRefused(.tooLarge(fileName: fileName, bytes: max(statedSize ?? 0, total),
                                                                 content: ContentSniffer.kind(head)))
                }
                if type == nil, head.count >= 16 {
                    guard let found = AttachmentFileType.detect(head) else {
                        throw StoreError.attachmentRefused(.unsupportedType(fileName: fileName, content: ContentSniffer.kind(head),
                                                                            bytes: max(statedSize ?? 0, total)))
                    }
                    type = found
                }
                try buffer.withUnsafeBytes { all in
                    let chunk = UnsafeRawBufferPointer(rebasing: all.prefix(count))
                    hasher.update(bufferPointer: chunk)
                    try temporary.write(chunk)
                }
            }
            if total == 0 { throw StoreError.attachmentRefused(.empty(fileName: fileName)) }
            guard let found = type ?? AttachmentFileType.detect(head) else {
                throw StoreError.attachmentRefused(.unsupportedType(fileName: fileName, content: ContentSniffer.kind(head), bytes: total))
            }
            let hash = Self.hex(hasher.finalize())
            if FileManager.default.fileExists(atPath: url(forHash: hash).path) {
                temporary.discard()
                return Streamed(hash: hash, byteCount: total, type: found, alreadyStored: true)
            }
            let placement = try place(temporary, hash: hash)
            return Streamed(hash: hash, byteCount: total, type: found, alreadyStored: false, placement: placement)
        } catch {
            temporary.discard()
            throw error
        }
    }

    /// fsync the temporary file, give it its hash's name, fsync the folders. The temporary is first
    /// renamed `.placing-HASH-…` (still locked: a lock follows the open file, not its name), then
    /// linked to the hash's name, and that second name is kept — locked — until the row naming the
    /// content has committed (`Placement`). An attach killed in between leaves it unlocked, and the
    /// maintenance pass removes the content file when no row names it (`MaintenanceRepository`);
    /// only the file this attach made, never one that was there (other databases beside this one —
    /// backups — share the folder). Nil when the same content appeared meanwhile.
    func place(_ temporary: TemporaryFile, hash: String) throws -> Placement? {
        let destination = url(forHash: hash)
        let directory = destination.deletingLastPathComponent()
        try temporary.synchronize()
        do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
            throw StoreError.fileProblem("cannot write in \(directory.path): \(error.localizedDescription)")
        }
        let placing = root.appendingPathComponent("\(Placement.prefix)\(hash)-\(UUID().uuidString)")
        guard rename(temporary.url.path, placing.path) == 0 else {
            throw StoreError.fileProblem("cannot move the document into place: \(String(cString: strerror(errno)))")
        }
        let placement = Placement(url: placing, descriptor: temporary.handOver())
        guard link(placing.path, destination.path) == 0 else {
            let reason = errno
            placement.release()
            if reason == EEXIST { return nil }  // the same bytes, placed by another attach meanwhile
            throw StoreError.fileProblem("cannot move the document into place: \(String(cString: strerror(reason)))")
        }
        Self.syncDirectory(directory)
        Self.syncDirectory(root)
        return placement
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

    /// Removes the temporary files no running attach holds (a killed attach's); how many.
    @discardableResult
    public func removeLeftovers() -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix(".tmp-") {
            let path = root.appendingPathComponent(name).path
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            // Held by the process still writing it: not a leftover.
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                if unlink(path) == 0 { removed += 1 }
            }
            close(descriptor)
        }
        return removed
    }

    static func syncDirectory(_ directory: URL) {
        let descriptor = open(directory.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// `attachments/.tmp-UUID`, created exclusively and locked for as long as it is being written.
final class TemporaryFile {
    let url: URL
    private var descriptor: Int32

    init(in root: URL) throws {
        do { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) } catch {
            throw StoreError.fileProblem("cannot create the documents folder \(root.path): \(error.localizedDescription)")
        }
        while true {
            let url = root.appendingPathComponent(".tmp-\(UUID().uuidString)")
            let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw StoreError.fileProblem("cannot write in \(root.path): \(String(cString: strerror(errno)))") }
            flock(descriptor, LOCK_EX)
            // Between open and flock another attach's clean-up may have taken it for a leftover.
            var opened = stat(), named = stat()
            if fstat(descriptor, &opened) == 0, stat(url.path, &named) == 0, opened.st_ino == named.st_ino {
                self.url = url
                self.descriptor = descriptor
                return
            }
            Glibc.close(descriptor)
        }
    }

    func write(_ raw: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < raw.count {
            let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw StoreError.fileProblem("cannot write the document: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    func write(_ data: Data) throws { try data.withUnsafeBytes { try write($0) } }

    func synchronize() throws {
        guard fsync(descriptor) == 0 else { throw StoreError.fileProblem("cannot save the document: \(String(cString: strerror(errno)))") }
    }

    func close() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
    }

    /// The open, locked descriptor, now the caller's to close.
    func handOver() -> Int32 {
        defer { descriptor = -1 }
        return descriptor
    }

    /// Removes the file (a refusal, a failure, or content already stored).
    func discard() {
        if descriptor >= 0 { unlink(url.path) }
        close()
    }

    deinit { close() }
}

/// `attachments/.placing-HASH-…`: a second name of a content file just put in place, locked by the
/// attach that placed it until the row naming it has committed; then removed (`release`, or when
/// the value goes). Left unlocked by a killed attach, for `MaintenanceRepository.removeLeftovers`.
public final class Placement: @unchecked Sendable {
    static let prefix = ".placing-"
    let url: URL
    private let lock = NSLock()
    private var descriptor: Int32

    init(url: URL, descriptor: Int32) {
        self.url = url
        self.descriptor = descriptor
    }

    /// The row committed (or the attach failed and cleaned up): the second name goes.
    func release() {
        lock.lock(); defer { lock.unlock() }
        guard descriptor >= 0 else { return }
        unlink(url.path)
        Glibc.close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    /// The hash a `.placing-` name stands for, or nil for another name.
    static func hash(fromName name: String) -> String? {
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        guard let dash = rest.firstIndex(of: "-") else { return nil }
        return String(rest[..<dash])
    }
}
