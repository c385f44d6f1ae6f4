import Foundation

/// A name as a customer writes it, with the two plainer forms a list derives from it: without its
/// accents (how the same person comes out of a keyboard without them) and as the letters of an
/// email address.
public struct SampleName: Sendable, Equatable {
    public let written: String
    /// Accents dropped, case, spaces and punctuation kept: "Núñez" → "Nunez" (but "Søren" and
    /// "Łukasz" stay: ø and ł are letters of their own, not a letter with an accent).
    public let plain: String
    /// Lower-case ASCII letters and digits only: "O'Brien" → "obrien", "Łukasz" → "lukasz".
    public let emailPart: String

    public init(_ written: String) {
        self.written = written
        plain = written.folding(options: .diacriticInsensitive, locale: nil)
        var ascii = ""
        for character in plain.lowercased() { ascii += Self.separateLetters[character] ?? String(character) }
        emailPart = String(String.UnicodeScalarView(ascii.unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }))
    }

    /// Letters that are not a base letter and a mark, which diacritic folding leaves alone. Only
    /// the email address loses them: "Łukasz" and "Lukasz" are not the same name to the duplicate
    /// detector (its folding is Foundation's too), so a slip that wrote one for the other would
    /// plant a duplicate nothing promises to find.
    static let separateLetters: [Character: String] = [
        "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]
}
