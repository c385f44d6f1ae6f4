/// A count with its noun in the right number ("1 row", "2 rows"), so no sentence shows
/// "1 rows". Each language table picks its own rule: English and Spanish use the singular
/// for exactly one; French also for zero ("0 ligne refusée").
enum CountedNoun {
    /// English and Spanish: the singular only for exactly one.
    static func en(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count.formatted()) \(count == 1 ? singular : plural)"
    }

    static func es(_ count: Int, _ singular: String, _ plural: String) -> String { en(count, singular, plural) }

    /// French: the singular for zero and one.
    static func fr(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count.formatted()) \(count < 2 ? singular : plural)"
    }
}
