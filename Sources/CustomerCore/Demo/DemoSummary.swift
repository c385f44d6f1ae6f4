import Foundation

/// What loading demo customers added, for the command's summary.
public struct DemoSummary: Sendable, Equatable {
    public var customers = 0, notes = 0, bookings = 0, payments = 0, messages = 0, documents = 0, cards = 0, loyaltyMembers = 0

    public init() {}
}
