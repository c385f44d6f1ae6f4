/// One person of a sample list, made from the list's seed and the person's number alone: a
/// planted duplicate makes its person again from that number instead of keeping every person
/// seen, so a list of any length is written in the same small memory.
public struct SamplePerson: Sendable, Equatable {
    /// 0 for the list's first person, then 1, 2…: the `cluster` of the truth file.
    public let index: Int
    public let givenName: SampleName
    public let familyName: SampleName
    public let nickname: String
    public let companyName: String
    /// Unique to this person: its number is part of it.
    public let emailAddress: String
    /// Unique to this person while `index` is below `SamplePhone.distinctNumbers`.
    public let phone: SamplePhone
    /// The form the person's own row writes the phone in.
    public let phoneStyle: Int
    public let city: SampleCity
    /// "123 Calle Mayor".
    public let street: String
    /// "Apt 4", "Piso 3" or empty.
    public let unit: String
    public let postalCode: String
    /// Empty, `YYYY-MM-DD` or `MM-DD`.
    public let birthday: String
    public let memo: String
    /// Square's words: Subscribed, Unsubscribed, Unknown.
    public let emailSubscription: String

    public init(index: Int, seed: UInt64) {
        var random = SplitMix64(seed: seed, stream: UInt64(index))
        self.index = index
        givenName = random.pick(SampleVocabulary.givenNames)
        familyName = random.pick(SampleVocabulary.familyNames)
        city = random.pick(SampleVocabulary.cities)
        // The number at the end makes the address unique; the shapes are the ones people pick.
        let given = givenName.emailPart, family = familyName.emailPart
        let local = switch random.below(3) {
        case 0: "\(given).\(family)"
        case 1: "\(given.prefix(1))\(family)"
        default: "\(family).\(given)"
        }
        emailAddress = "\(local)\(index)@\(random.pick(SampleVocabulary.emailDomains))"
        phone = SamplePhone(index: index, city: city)
        phoneStyle = random.below(SamplePhone.styleCount)
        nickname = random.chance(0.25) ? String(givenName.written.prefix(3)) : ""
        companyName = random.pick(SampleVocabulary.companies)
        street = "\(random.int(in: 1...999)) \(random.pick(city.streets))"
        unit = random.chance(0.25) ? random.pick(SampleVocabulary.units[city.country] ?? [""]) : ""
        postalCode = Self.postalCode(city.postalStyle, &random)
        birthday = switch random.below(3) {
        case 0: ""
        case 1: "\(random.int(in: 1940...2006))-\(random.int(in: 1...12).zeroPadded(2))-\(random.int(in: 1...28).zeroPadded(2))"
        default: "\(random.int(in: 1...12).zeroPadded(2))-\(random.int(in: 1...28).zeroPadded(2))"
        }
        memo = random.pick(SampleVocabulary.memos)
        emailSubscription = random.pick(["Subscribed", "Unsubscribed", "Unknown"])
    }

    /// Drawn over the country's whole range rather than a few codes per city: the duplicate scan
    /// compares names inside a postal code, and a handful of huge blocks would measure a shop
    /// that does not exist (and change the figures the benchmarks were tuned on).
    static func postalCode(_ style: SampleCity.PostalStyle, _ random: inout SplitMix64) -> String {
        switch style {
        case .fiveDigits:
            return random.int(in: 1_000...99_999).zeroPadded(5)
        case .canadian:
            // Montréal's codes start with H; the letters Canada Post never uses are left out.
            let letters = Array("ABCEGHJKLMNPRSTVWXYZ")
            return "H\(random.below(10))\(random.pick(letters)) \(random.below(10))\(random.pick(letters))\(random.below(10))"
        }
    }
}
