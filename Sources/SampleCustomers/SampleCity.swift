/// Where a sample customer lives: the city as its people write it, the region and country codes
/// an export carries, and how its phone numbers and postal codes look.
public struct SampleCity: Sendable, Equatable {
    public let name: String
    /// "CA", "QC", "M"…; empty where addresses carry none (France).
    public let region: String
    /// ISO 3166 code: "US", "ES", "FR", "CA", "MX".
    public let country: String
    /// The country calling code, without "+".
    public let callingCode: String
    /// The first digits of every national number here (an area code, a mobile prefix).
    public let numberPrefix: String
    /// The digits after the prefix, so that prefix + digits is a whole national number.
    public let subscriberDigits: Int
    public let streets: [String]
    public let postalStyle: PostalStyle

    /// Five digits (US, Spain, France, Mexico) or Canada's letter-digit form ("H2X 1Y4").
    public enum PostalStyle: Sendable, Equatable { case fiveDigits, canadian }
}
