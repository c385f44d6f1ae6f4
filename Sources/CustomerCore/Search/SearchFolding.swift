import Foundation

/// Folds text for searching and sorting: lower case, no accents ("Núñez" → "nunez").
/// Matches what the FTS5 `unicode61 remove_diacritics 2` tokenizer does to the indexed text.
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        // Fast paths: ASCII, and the Latin letters of the shops we serve (Spanish, French,
        // Portuguese, German…), which are most names. Anything else goes through Foundation.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value))
            } else if value >= 0xC0, value < 0xC0 + UInt32(latinFolds.count), let folded = latinFolds[Int(value - 0xC0)] {
                bytes.append(contentsOf: folded.utf8)
            } else {
                return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// U+00C0…U+017F folded to ASCII, computed once from Foundation itself (so both paths agree);
    /// nil where Foundation's fold is not plain ASCII (those strings take the slow path).
    static let latinFolds: [String?] = (UInt32(0xC0)...UInt32(0x17F)).map { value in
        let folded = String(Unicode.Scalar(value)!).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.utf8.allSatisfy { $0 < 0x80 } ? folded : nil
    }
}
