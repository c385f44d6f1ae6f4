import Foundation

/// Metadata of a document on a profile; the bytes live content-addressed beside the database.
public struct Attachment: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64?
    public var customerID: CustomerID
    public var fileName: String
    public var fileType: AttachmentFileType
    public var byteCount: Int
    /// Hex SHA-256 of the content: the file's name in the attachments folder.
    public var contentHash: String
    public var createdAt: Date

    public init(id: Int64? = nil, customerID: CustomerID, fileName: String, fileType: AttachmentFileType,
                byteCount: Int, contentHash: String, createdAt: Date = Date()) {
        self.id = id
        self.customerID = customerID
        self.fileName = fileName
        self.fileType = fileType
        self.byteCount = byteCount
        self.contentHash = contentHash
        self.createdAt = createdAt
    }
}

/// The document types Square accepts, recognised from their first bytes, never their names.
public enum AttachmentFileType: String, CaseIterable, Sendable, Codable {
    case pdf, jpeg, gif, png

    public var label: String {
        switch self {
        case .pdf: "PDF"
        case .jpeg: "JPEG"
        case .gif: "GIF"
        case .png: "PNG"
        }
    }

    public var mimeType: String {
        switch self {
        case .pdf: "application/pdf"
        case .jpeg: "image/jpeg"
        case .gif: "image/gif"
        case .png: "image/png"
        }
    }

    /// Sniffs the magic bytes: "%PDF-", FF D8 FF, "GIF87a"/"GIF89a", the 8-byte PNG signature.
    public static func detect(_ head: some Collection<UInt8>) -> AttachmentFileType? {
        let bytes = Array(head.prefix(8))
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return .gif }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        return nil
    }
}

/// Square's document limits (PRODUCT §6) and the checks that apply them.
public enum AttachmentRules {
    public static let maximumBytes = 20 * 1024 * 1024
    public static let maximumFilesPerCustomer = 100

    /// Why a file cannot be attached, worded for the person adding it.
    public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        /// `bytes` is the file's size (or, when that is unknown, what was read before stopping);
        /// `content` what its first bytes are (`ContentSniffer.kind`).
        case tooLarge(fileName: String, bytes: Int, content: FileContentKind)
        /// Not a PDF, JPEG, GIF or PNG: `content` says what it is, `bytes` its size.
        case unsupportedType(fileName: String, content: FileContentKind, bytes: Int)
        case empty(fileName: String)
        case tooManyFiles(existing: Int)
        case badName(String)

        public var description: String {
            switch self {
            case .tooLarge(let name, let bytes, let content):
                "“\(name)” (\(content.englishDescription)) is \(ByteCountText.format(bytes)); a document may be at most 20 MB"
            case .unsupportedType(let name, let content, let bytes):
                "“\(name)” is \(content.englishDescription) of \(ByteCountText.format(bytes)), not a PDF, JPEG, GIF or PNG file (checked from its content)"
            case .empty(let name):
                "“\(name)” is empty"
            case .tooManyFiles(let existing):
                "this profile already has \(existing) documents; the limit is \(AttachmentRules.maximumFilesPerCustomer)"
            case .badName(let name):
                "“\(name)” is not a usable file name"
            }
        }
    }

    /// Checks content and count; returns the detected type.
    public static func check(fileName: String, content: some Collection<UInt8>, existingCount: Int) throws(Refusal) -> AttachmentFileType {
        let trimmed = fileName.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.count > 255 || trimmed.contains("/") || trimmed.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            throw .badName(fileName)
        }
        if existingCount >= maximumFilesPerCustomer { throw .tooManyFiles(existing: existingCount) }
        if content.isEmpty { throw .empty(fileName: fileName) }
        let head = Array(content.prefix(512))
        if content.count > maximumBytes { throw .tooLarge(fileName: fileName, bytes: content.count, content: ContentSniffer.kind(head)) }
        guard let type = AttachmentFileType.detect(head) else {
            throw .unsupportedType(fileName: fileName, content: ContentSniffer.kind(head), bytes: content.count)
        }
        return type
    }
}

/// Human byte counts: "512 B", "14.2 KB", "20.0 MB".
public enum ByteCountText {
    public static func format(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return String(format: "%.1f KB", Double(bytes) / 1024) }
        if bytes >= 1024 * 1024 * 1024 { return String(format: "%.1f GB", Double(bytes) / 1024 / 1024 / 1024) }
        return String(format: "%.1f MB", Double(bytes) / 1024 / 1024)
    }
}
