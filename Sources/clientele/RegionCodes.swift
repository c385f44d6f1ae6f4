import CustomerCore

/// The region codes `--region` accepts: those libphonenumber has metadata for (`PhoneRegionTable`,
/// checked against the library by the tests).
enum RegionCodes {
    static var supported: [String] { PhoneNumberParser.supportedRegions }

    /// The refusal of an unknown code for `option` (`--region`, `--phone-region`), with every valid one.
    static func refusal(_ region: String, option: String = "--region") -> String {
        "\(option) takes a two-letter country code that libphonenumber knows, not “\(region)”; valid codes: \(supported.joined(separator: " "))"
    }
}
