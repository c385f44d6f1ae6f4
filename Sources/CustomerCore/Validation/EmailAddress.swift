import Foundation

/// Email normalisation and syntax check. Normalised form: trimmed, spaces removed, lower case —
/// the key Square uses to call two profiles duplicates ("case- and space-insensitive").
public enum EmailAddress {
    public static func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return text.lowercased() }  // the common case
        return String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }).lowercased()
    }

    /// A pragmatic RFC 5321 check: one "@", a local part of allowed characters without leading,
    /// trailing or doubled dots, and a domain of dot-separated labels with a letter-only TLD.
    public static func isValid(_ text: String) -> Bool {
        if let ascii = isValidASCII(text) { return ascii }
        return isValidAnyScript(text)
    }

    /// The rules over Unicode scalars, for addresses with non-ASCII letters.
    static func isValidAnyScript(_ text: String) -> Bool {
        let email = text.trimmingCharacters(in: .whitespaces)
        guard email.count <= 254, !email.contains(" ") else { return false }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let local = parts[0], domain = parts[1]
        guard (1...64).contains(local.count), !local.hasPrefix("."), !local.hasSuffix("."),
              !local.contains("..") else { return false }
        let localAllowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "!#$%&'*+/=?^_`{|}~.-"))
        guard local.unicodeScalars.allSatisfy({ localAllowed.contains($0) }) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        for label in labels {
            guard (1...63).contains(label.count), !label.hasPrefix("-"), !label.hasSuffix("-"),
                  label.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || $0 == "-" })
            else { return false }
        }
        guard let tld = labels.last, tld.count >= 2,
              tld.unicodeScalars.allSatisfy({ CharacterSet.letters.contains($0) }) else { return false }
        return true
    }

    /// The characters besides letters and digits a local part may hold, built once.
    static let localSymbols = Set("!#$%&'*+/=?^_`{|}~.-".utf8)

    /// The same rules over bytes for plain-ASCII addresses (nearly all of them): nil when the
    /// text is not ASCII, so the general path decides. Index arithmetic over the bytes in place,
    /// without arrays or splits: this runs for every imported row.
    static func isValidASCII(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            func isAlnum(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
            func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
            var start = 0, end = bytes.count
            while start < end, bytes[start] == 0x20 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            guard end - start <= 254 else { return false }
            var at = -1
            for index in start..<end {
                if bytes[index] == 0x20 { return false }
                if bytes[index] == 0x40 {
                    guard at < 0 else { return false }  // a second "@"
                    at = index
                }
            }
            guard at >= 0 else { return false }
            // Local part: 1–64 allowed characters, no dot first, last or doubled.
            guard (1...64).contains(at - start), bytes[start] != 0x2E, bytes[at - 1] != 0x2E else { return false }
            var previous: UInt8 = 0
            for index in start..<at {
                let b = bytes[index]
                guard isAlnum(b) || localSymbols.contains(b), !(b == 0x2E && previous == 0x2E) else { return false }
                previous = b
            }
            // Domain: at least two dot-separated labels of 1–63 letters, digits or inner dashes;
            // the last one (the TLD) of 2 or more letters.
            var labels = 0, labelStart = at + 1
            for index in (at + 1)...end where index == end || bytes[index] == 0x2E {
                let length = index - labelStart
                guard (1...63).contains(length), bytes[labelStart] != 0x2D, bytes[index - 1] != 0x2D else { return false }
                for position in labelStart..<index where !(isAlnum(bytes[position]) || bytes[position] == 0x2D) { return false }
                if index == end {
                    guard length >= 2 else { return false }
                    for position in labelStart..<index where !isLetter(bytes[position]) { return false }
                }
                labels += 1
                labelStart = index + 1
            }
            return labels >= 2
        }
    }
}
