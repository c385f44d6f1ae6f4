// TEMPORARY until the phone branch merges.
public struct PhoneNumber: Hashable, Sendable, Codable { public var e164: String; public var nationalNumber: String; public var nationalFormat: String; public var internationalFormat: String; public var regionCode: String?; public var countryCode: Int }
public enum PhoneNumberError: Error, Equatable, Sendable { case bad; public var message: String { "bad" } }
public struct PhoneNumberParser: Sendable { public init(defaultRegion: String) {}; public func parse(_ text: String) throws(PhoneNumberError) -> PhoneNumber { throw .bad } }
