import Foundation

/// Times are stored as integer milliseconds since 1970 (UTC): exact, compact, sortable.
public enum StoredTime {
    public static func encode(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    public static func encodeIfPresent(_ date: Date?) -> Int64? { date.map { encode($0) } }
    public static func decode(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }
    /// The date as it will read back from the database.
    public static func rounded(_ date: Date) -> Date { decode(encode(date)) }
    public static func decodeIfPresent(_ millis: Int64?) -> Date? { millis.map { decode($0) } }
}
