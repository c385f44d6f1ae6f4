import Foundation

/// What a file really is, as a value (the interface words it in its language; `englishDescription`
/// is the command line's words).
public enum FileContentKind: Hashable, Sendable {
    case empty, accepted(AttachmentFileType), zip, word97, webp, heic, avif, mp4, tiff, bmp, executable, html, plainText, unknown

    public var englishDescription: String {
        switch self {
        case .empty: "an empty file"
        case .accepted(let type): "a \(type.label) file"
        case .zip: "a ZIP archive (also .docx, .xlsx, .odt)"
        case .word97: "a Word 97–2003 document"
        case .webp: "a WebP image"
        case .heic: "a HEIC image"
        case .avif: "an AVIF image"
        case .mp4: "an MP4 video"
        case .tiff: "a TIFF image"
        case .bmp: "a BMP image"
        case .executable: "an executable"
        case .html: "an HTML page"
        case .plainText: "plain text"
        case .unknown: "unknown content"
        }
    }
}

/// What a file really is, from its first bytes, for a refusal: a ZIP archive (also .docx, .xlsx,
/// .odt), plain text, unknown content… The accepted types are named too.
public enum ContentSniffer {
    /// In English words ("a ZIP archive (also .docx, .xlsx, .odt)").
    public static func describe(_ head: [UInt8]) -> String { kind(head).englishDescription }

    public static func kind(_ head: [UInt8]) -> FileContentKind {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + prefix.count && Array(head[offset..<(offset + prefix.count)]) == prefix
        }
        func ascii(_ text: String, at offset: Int = 0) -> Bool { starts(Array(text.utf8), at: offset) }

        if head.isEmpty { return .empty }
        if let type = AttachmentFileType.detect(head) { return .accepted(type) }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .word97 }
        if ascii("RIFF"), ascii("WEBP", at: 8) { return .webp }
        if ascii("ftyp", at: 4) {
            let brand = head.count >= 12 ? String(decoding: head[8..<12], as: UTF8.self) : ""
            if ["heic", "heix", "hevc", "hevx", "mif1", "msf1", "heim", "heis"].contains(brand) { return .heic }
            if brand == "avif" { return .avif }
            return .mp4
        }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .tiff }
        if ascii("BM"), head.count >= 14 { return .bmp }
        if starts([0x7F, 0x45, 0x4C, 0x46]) || ascii("MZ") || starts([0xCF, 0xFA, 0xED, 0xFE]) || starts([0xCE, 0xFA, 0xED, 0xFE])
            || starts([0xCA, 0xFE, 0xBA, 0xBE]) || ascii("#!") {
            return .executable
        }
        let sample = Array(head.prefix(512))
        if let text = String(validating: sample, as: UTF8.self) ?? lenientUTF8(sample) {
            let lower = text.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace }).prefix(64).lowercased()
            if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") || lower.hasPrefix("<head") || lower.hasPrefix("<body") { return .html }
            if !text.unicodeScalars.contains(where: { $0.value < 0x20 && !["\n", "\r", "\t", "\u{0C}"].contains($0) }) { return .plainText }
        }
        return .unknown
    }

    /// UTF-8 text whose last character may have been cut by the end of the sample.
    static func lenientUTF8(_ head: [UInt8]) -> String? {
        for cut in 1...3 where head.count > cut {
            if let text = String(validating: head.dropLast(cut), as: UTF8.self) { return text }
        }
        return nil
    }
}
