/// A sample customer's phone number — a valid one, so the import takes it — and the ways people
/// write the same number. Every written form carries the country (or is a North American number),
/// so a list imports whole whatever the shop's region.
public struct SamplePhone: Sendable, Equatable {
    public let callingCode: String
    /// The national significant number: "4152000134", "612345678".
    public let national: String

    /// How many written forms there are; `written(style:)` takes any number and wraps.
    public static let styleCount = 5

    /// The number of the person with this index: distinct for every index below `distinctNumbers`,
    /// so that only planted duplicates share a phone.
    public init(index: Int, city: SampleCity) {
        callingCode = city.callingCode
        if city.callingCode == "1" {
            // North America: an exchange (200–999, but never an N11 service code nor 555) and a line.
            let exchange = Self.northAmericanExchanges[(index / 10_000) % Self.northAmericanExchanges.count]
            national = city.numberPrefix + String(exchange) + (index % 10_000).zeroPadded(4)
        } else {
            national = city.numberPrefix + index.zeroPadded(city.subscriberDigits)
        }
    }

    /// People with their own number: 7,910,000 North American ones (791 exchanges of 10,000 lines);
    /// the other countries' prefixes leave more.
    public static let distinctNumbers = northAmericanExchanges.count * 10_000

    static let northAmericanExchanges: [Int] = (200...999).filter { $0 % 100 != 11 && $0 != 555 }

    /// One of the forms people write: "(415) 200-0134", "+1 415-200-0134", "415.200.0134"…;
    /// "+34 612 34 56 78", "+34612345678", "0034 612345678"…
    public func written(style: Int) -> String {
        let n = Array(national)
        func part(_ range: Range<Int>) -> String { String(n[range]) }
        if callingCode == "1" {
            let area = part(0..<3), exchange = part(3..<6), line = part(6..<10)
            switch style % Self.styleCount {
            case 0: return "(\(area)) \(exchange)-\(line)"
            case 1: return "+1 \(area)-\(exchange)-\(line)"
            case 2: return "\(area).\(exchange).\(line)"
            case 3: return "1 \(area) \(exchange) \(line)"
            default: return "+1\(national)"
            }
        }
        switch style % Self.styleCount {
        case 0: return "+\(callingCode) " + grouped(as: nativeGroups)
        case 1: return "+\(callingCode)\(national)"
        case 2: return "00\(callingCode) \(national)"
        case 3: return "+\(callingCode) " + grouped(as: national.count == 10 ? [3, 3, 4] : [3, 3, 3])
        default: return "+\(callingCode)-\(national)"
        }
    }

    /// How the country groups its digits: France "6 12 34 56 78", Spain "612 34 56 78", Mexico "55 1234 5678".
    var nativeGroups: [Int] {
        switch callingCode {
        case "33": [1, 2, 2, 2, 2]
        case "34": [3, 2, 2, 2]
        default: [2, 4, 4]
        }
    }

    func grouped(as sizes: [Int]) -> String {
        var groups: [String] = [], rest = Substring(national)
        for size in sizes where !rest.isEmpty {
            groups.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        if !rest.isEmpty { groups.append(String(rest)) }
        return groups.joined(separator: " ")
    }
}
