import CustomerCore
import Foundation

/// A file on disk read into a `PGContentUpload` a chunk at a time, with `AttachmentFileStore.stream`'s
/// rules on SQLite: refused as soon as more than `AttachmentRules.maximumBytes` have been read, when
/// its first bytes are not a PDF, JPEG, GIF or PNG, or when it is empty; each refusal names what the
/// bytes are and the file's size, as there.
enum PGFileUpload {
    /// The opened file (closed when the value goes).
    final class Source {
        let path: String
        let descriptor: Int32
        /// The size the refusal names: the file's own when it has one (a pipe's is what was read).
        let statedSize: Int?

        init(path: String) throws {
            self.path = path
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw StoreError.fileProblem("cannot open \(path): \(String(cString: strerror(errno)))") }
            var status = stat()
            guard fstat(descriptor, &status) == 0 else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw StoreError.fileProblem("cannot read \(path): \(reason)")
            }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                close(descriptor)
                throw StoreError.fileProblem("\(path) is a folder, not a file")
            }
            statedSize = (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil
        }

        deinit { close(descriptor) }
    }

    /// Reads the whole file into `upload`; its type.
    static func read(_ source: Source, fileName: String, into upload: inout PGContentUpload) throws -> AttachmentFileType {
        let chunkSize = PGDocumentContent.chunkSize
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var head: [UInt8] = []
        var total = 0
        var type: AttachmentFileType?
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(source.descriptor, $0.baseAddress, chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError.fileProblem("cannot read \(source.path): \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            total += count
            if head.count < 512 { head += buffer.prefix(min(count, 512 - head.count)) }
            if total > AttachmentRules.maximumBytes {
                throw StoreError.attachmentRefused(.tooLarge(fileName: fileName, bytes: max(source.statedSize ?? 0, total),
                                                             content: ContentSniffer.kind(head)))
            }
            if type == nil, head.count >= 16 {
                guard let found = AttachmentFileType.detect(head) else {
                    throw StoreError.attachmentRefused(.unsupportedType(fileName: fileName, content: ContentSniffer.kind(head),
                                                                        bytes: max(source.statedSize ?? 0, total)))
                }
                type = found
            }
            try buffer.withUnsafeBytes { all in try upload.append(UnsafeRawBufferPointer(rebasing: all.prefix(count))) }
        }
        if total == 0 { throw StoreError.attachmentRefused(.empty(fileName: fileName)) }
        guard let found = type ?? AttachmentFileType.detect(head) else {
            throw StoreError.attachmentRefused(.unsupportedType(fileName: fileName, content: ContentSniffer.kind(head), bytes: total))
        }
        return found
    }
}
