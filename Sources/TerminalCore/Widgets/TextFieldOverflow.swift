/// What a text field with a `maxLength` could not take: the characters of one key or paste, how
/// many went in, and the limit. A value, worded where it is drawn ("pasted 50,000 characters;
/// the memo holds 10,000 — 40,000 were not added"), never dropped in silence.
public struct TextFieldOverflow: Hashable, Sendable {
    /// Characters the key or paste brought.
    public var offered: Int
    /// Characters that went in (what fitted under the limit).
    public var added: Int
    /// The field's `maxLength`.
    public var limit: Int
    /// A paste (many characters at once) rather than a typed character.
    public var isPaste: Bool

    public init(offered: Int, added: Int, limit: Int, isPaste: Bool) {
        self.offered = offered
        self.added = added
        self.limit = limit
        self.isPaste = isPaste
    }

    /// Characters left out.
    public var refused: Int { offered - added }

    /// What of `new` fits in a text of `count` characters under `maxLength`, and the overflow to
    /// report when some did not (nil when all fit): the one rule of TextField and TextArea.
    public static func fitting(_ new: [Character], into count: Int, maxLength: Int?, isPaste: Bool) -> (kept: [Character], overflow: TextFieldOverflow?) {
        let room = maxLength.map { max(0, $0 - count) } ?? new.count
        let kept = new.count <= room ? new : Array(new.prefix(room))
        guard kept.count < new.count, let maxLength else { return (kept, nil) }
        return (kept, TextFieldOverflow(offered: new.count, added: kept.count, limit: maxLength, isPaste: isPaste))
    }
}
