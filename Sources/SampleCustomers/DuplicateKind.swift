/// What a row of a sample list is, as the truth file's `kind` column says it.
public enum DuplicateKind: String, Sendable, CaseIterable {
    /// A person's first row.
    case original
    /// The person's email again, in other case or with a space before it; no phone; the given
    /// name sometimes cut to an initial.
    case sameEmail = "same-email"
    /// The person's phone again, written another way; no email.
    case samePhone = "same-phone"
    /// Neither email nor phone in common: one slip in the given name (the family name's accents
    /// sometimes dropped too) at the same street, unit, city and postal code — what exact keys miss.
    case fuzzy
    /// Like `fuzzy`, but the given name is one of its short forms ("Pepe" for José, "Mary" for Mary
    /// Ann) rather than a slip; only with `CustomerListOptions.disguises`.
    case nickname
    /// Like `fuzzy`, but the given and family names are swapped; only with `disguises`.
    case swapped

    /// Kinds a duplicate row is drawn from, equally likely.
    static let planted: [DuplicateKind] = [.sameEmail, .samePhone, .fuzzy]
    /// The same with the two disguises a person still recognises.
    static let disguised: [DuplicateKind] = [.sameEmail, .samePhone, .fuzzy, .nickname, .swapped]

    /// Other email and phone, the same address: what only the names can tell.
    public var isPossible: Bool { self == .fuzzy || self == .nickname || self == .swapped }
}
