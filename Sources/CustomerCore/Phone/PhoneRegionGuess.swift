import Foundation

/// A file's phone numbers read better as another country's than the shop's: "8 of 10 phone
/// numbers are from France (+33)". Found before importing, from the first rows, so the person
/// can choose to read them so (the wizard's question, `clientele import --phone-region CC`).
public struct PhoneRegionGuess: Equatable, Sendable {
    /// The country that reads the most sampled numbers.
    public var region: String
    public var countryCode: Int
    /// How many sampled numbers are valid read as `region`, and as the shop's region.
    public var readable: Int
    public var readableInShopRegion: Int
    /// How many non-empty phone cells were sampled.
    public var sampled: Int

    /// How many numbers are tried in each region (the first distinct non-empty ones): enough to
    /// see a pattern, few enough that trying every region takes milliseconds.
    public static let sampleSize = 40

    /// Regions preferred when several read the same numbers (a shared numbering plan, e.g. +1).
    static let preferred = ["US", "GB", "FR", "ES", "MX", "DE", "IT", "PT", "CA", "BE", "CH", "AR", "CO", "CL", "PE", "BR", "NL", "IE", "AU"]

    /// The guess, or nil when the shop's region reads at least half the numbers, or no region
    /// reads more of them than the shop's and at least half.
    public static func guess(phones: [String], shopRegion: String, regions: [String] = PhoneNumberParser.supportedRegions) -> PhoneRegionGuess? {
        // A plain loop: a lazy filter with a `seen` set would be walked twice by `prefix` + `Array`.
        var seen = Set<String>(), numbers: [String] = []
        for phone in phones where numbers.count < sampleSize {
            let number = phone.trimmingCharacters(in: .whitespaces)
            if !number.isEmpty, seen.insert(number).inserted { numbers.append(number) }
        }
        guard !numbers.isEmpty else { return nil }
        func readable(in region: String, of numbers: ArraySlice<String>) -> Int {
            let parser = PhoneNumberParser(defaultRegion: region)
            return numbers.reduce(0) { count, number in (try? parser.parse(number)) == nil ? count : count + 1 }
        }
        let shop = PhoneNumberParser(defaultRegion: shopRegion).defaultRegion
        let inShop = readable(in: shop, of: numbers[...])
        guard inShop * 2 < numbers.count else { return nil }
        // Every region tries the first few numbers; only those reading half of them try the rest
        // (a tenth of the parsing: most regions read none of a foreign list).
        let first = numbers.prefix(8)
        let candidates = regions.filter { $0 != shop && readable(in: $0, of: first) * 2 >= first.count }
        let rank = { (region: String) in preferred.firstIndex(of: region) ?? preferred.count }
        var best: (region: String, count: Int)?
        for region in candidates {
            let count = readable(in: region, of: numbers[...])
            guard let current = best else { best = (region, count); continue }
            if count > current.count || (count == current.count && rank(region) < rank(current.region)) { best = (region, count) }
        }
        guard let best, best.count > inShop, best.count * 2 >= numbers.count else { return nil }
        return PhoneRegionGuess(region: best.region, countryCode: PhoneNumberParser(defaultRegion: best.region).countryCode,
                                readable: best.count, readableInShopRegion: inShop, sampled: numbers.count)
    }
}

extension PhoneNumberParser {
    /// Every two-letter region libphonenumber knows, in alphabetical order.
    public static let supportedRegions: [String] = PhoneRegionTable.byRegion.keys.sorted()
}

extension PhoneRegionGuess {
    /// How many rows are read for the sample: a list's first rows are usually its oldest customers,
    /// so a few hundred rows are looked at to find `sampleSize` distinct numbers.
    public static let rowsLooked = 400

    /// The phone cells of the first rows of a file that `targets` maps (a phone column): those of
    /// `rows` already read from `reader`, then of the rows `reader` goes on to (it is consumed).
    public static func phoneCells(from reader: CSVReader, targets: [ImportTarget], after rows: [[String]] = []) throws -> [String] {
        let columns = targets.indices.filter { targets[$0] == .field(.phoneNumber) }
        guard !columns.isEmpty else { return [] }
        func cells(of fields: [String]) -> [String] { columns.compactMap { fields.indices.contains($0) && !fields[$0].isEmpty ? fields[$0] : nil } }
        var found = rows.flatMap(cells)
        var looked = rows.count
        while looked < rowsLooked, found.count < sampleSize * 2, let record = try reader.next() {
            looked += 1
            found += cells(of: record.fields)
        }
        return found
    }
}
