import Foundation

/// What a file really is, from its first bytes, in words for a refusal: "a ZIP archive (also
/// .docx, .xlsx, .odt)", "plain text", "unknown content". The accepted types are named too.
public enum ContentSniffer {
    public static func describe(_ head: [UInt8]) -> String {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + prefix.count && Array(head[offset..<(offset + prefix.count)]) == prefix
        }
        func ascii(_ text: String, at offset: Int = 0) -> Bool { starts(Array(text.utf8), at: offset) }

        if head.isEmpty { return "an empty file" }
        if let type = AttachmentFileType.detect(head) { return "a \(type.label) file" }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return "a ZIP archive (also .docx, .xlsx, .odt)" }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return "a Word 97–2003 document" }
        if ascii("RIFF"), ascii("WEBP", at: 8) { return "a WebP image" }
        if ascii("ftyp", at: 4) {
            let brand = head.count >= 12 ? String(decoding: head[8..<12], as: UTF8.self) : ""
            if ["heic", "heix", "hevc", "hevx", "mif1", "msf1", "heim", "heis"].contains(brand) { return "a HEIC image" }
            if brand == "avif" { return "an AVIF image" }
            return "an MP4 video"
        }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return "a TIFF image" }
        if ascii("BM"), head.count >= 14 { return "a BMP image" }
        if starts([0x7F, 0x45, 0x4C, 0x46]) || ascii("MZ") || starts([0xCF, 0xFA, 0xED, 0xFE]) || starts([0xCE, 0xFA, 0xED, 0xFE])
            || starts([0xCA, 0xFE, 0xBA, 0xBE]) || ascii("#!") {
            return "an executable"
        }
        let sample = Array(head.prefix(512))
        if let text = String(validating: sample, as: UTF8.self) ?? lenientUTF8(sample) {
            let lower = text.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace }).prefix(64).lowercased()
            if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") || lower.hasPrefix("<head") || lower.hasPrefix("<body") { return "an HTML page" }
            if !text.unicodeScalars.contains(where: { $0.value < 0x20 && !["\n", "\r", "\t", "\u{0C}"].contains($0) }) { return "plain text" }
        }
        return "unknown content"
    }

    /// UTF-8 text whose last character may have been cut by the end of the sample.
    static func lenientUTF8(_ head: [UInt8]) -> String? {
        for cut in 1...3 where head.count > cut {
            if let text = String(validating: head.dropLast(cut), as: UTF8.self) { return text }
        }
        return nil
    }
}
