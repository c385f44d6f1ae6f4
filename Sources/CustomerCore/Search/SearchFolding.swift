import Foundation

/// Folds text for searching and sorting: lower case, no accents ("Núñez" → "nunez").
/// Matches what the FTS5 `unicode61 remove_diacritics 2` tokenizer does to the indexed text.
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }  // fast path for ASCII
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
