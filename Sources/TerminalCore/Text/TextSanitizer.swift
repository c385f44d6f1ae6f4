import Foundation

/// The one gate every piece of data text passes before it reaches the terminal: controls, escape
/// sequences, bidi overrides and invisible characters become visible placeholders, so a name like
/// "\u{1B}[2J" can neither clear the screen nor hide itself.
public enum TextSanitizer {
    /// Single-line form: newlines and tabs are shown as "␊" and "␉" too.
    public static func sanitize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }  // fast path: printable ASCII
        var result = ""
        for character in text {
            let scalars = character.unicodeScalars
            // A ZWJ inside an emoji sequence ("👩‍👩‍👧") is how the emoji is spelt, not a hidden character.
            if scalars.count > 1, let first = scalars.first, first.properties.isEmoji, first.value > 0xFF,
               scalars.allSatisfy({ $0.value == 0x200D || $0.value == 0xFE0F || $0.properties.isEmoji || (0x1F3FB...0x1F3FF).contains($0.value) }) {
                result.append(character)
                continue
            }
            for scalar in scalars {
                if let placeholder = placeholder(for: scalar) {
                    result += placeholder
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Multi-line form: splits on line breaks, then sanitises each line (tabs become spaces).
    public static func sanitizeLines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { sanitize(String($0).replacingOccurrences(of: "\t", with: "    ")) }
    }

    /// The visible stand-in for a character that must not reach the terminal raw, or nil.
    static func placeholder(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x1B: return "␛"
        case 0x00...0x1F: return String(Unicode.Scalar(0x2400 + scalar.value)!)  // ␀ ␁ … ␊ …
        case 0x7F: return "␡"
        case 0x80...0x9F: return "�"                                        // C1 controls (incl. CSI 0x9B)
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return "⟪bidi⟫"
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD: return "⟪zw⟫"
        case 0x2028, 0x2029: return "␊"
        default: return nil
        }
    }
}
