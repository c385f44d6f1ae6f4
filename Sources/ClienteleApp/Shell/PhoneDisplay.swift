import CustomerCore

/// How a stored E.164 number is shown: nationally for the shop's own country ("(415) 555-0134"),
/// internationally for others ("+33 6 12 34 56 78"), as libphonenumber formats them.
struct PhoneDisplay: Sendable {
    let parser: PhoneNumberParser

    init(region: String) { parser = PhoneNumberParser(defaultRegion: region) }

    func text(e164: String?, typed: String) -> String {
        guard let e164, let number = try? parser.parse(e164) else { return typed }
        return number.regionCode == parser.defaultRegion ? number.nationalFormat : number.internationalFormat
    }
}
