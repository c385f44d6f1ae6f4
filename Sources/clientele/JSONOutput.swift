import Foundation

/// The one way `--json` output is made. Foundation's encoders escape C0 controls but write C1
/// controls (U+0080–U+009F, which include the 8-bit CSI) and bidi overrides raw; a `jq .` on a
/// terminal would then obey them. Here those become `\uXXXX`, which decodes to the same string.
enum JSONOutput {
    /// An `Encodable` value, pretty-printed with sorted keys unless `formatting` says otherwise.
    static func string<Value: Encodable>(_ value: Value, formatting: JSONEncoder.OutputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        encoder.dateEncodingStrategy = .iso8601
        return escapingControls(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// A `JSONSerialization` object (dictionaries of numbers, strings, arrays).
    static func string(jsonObject: Any, options: JSONSerialization.WritingOptions = [.sortedKeys, .prettyPrinted]) throws -> String {
        escapingControls(String(decoding: try JSONSerialization.data(withJSONObject: jsonObject, options: options), as: UTF8.self))
    }

    /// JSON text with every character that could steer a terminal written as `\uXXXX`. Safe on the
    /// whole document: outside strings JSON only has ASCII punctuation and spaces, so any such
    /// character is inside a string, where `\uXXXX` means exactly that character.
    static func escapingControls(_ json: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if mustEscape(scalar) {
                result.append(contentsOf: String(format: "\\u%04X", scalar.value).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// C0 (the encoder's are already escaped; this catches any that are not), DEL, C1, the bidi
    /// embeddings, overrides, isolates and marks, and the Unicode line separators.
    static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F: return scalar != "\n" && scalar != " " && scalar != "\t" && scalar != "\r"
        case 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
