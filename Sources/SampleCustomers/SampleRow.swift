/// One row of a sample list before it is laid out: its person, what kind of row it is, and the
/// name, email and phone as this row writes them (a duplicate writes them its own way).
public struct SampleRow: Sendable, Equatable {
    /// 1 for the first row after the header, as the truth file and the Reference ID count.
    public let number: Int
    public let person: SamplePerson
    public let kind: DuplicateKind
    public let givenName: String
    public let familyName: String
    public let emailAddress: String
    public let phoneNumber: String
    /// The Mailchimp and Constant Contact columns no customer field holds (rating, opt-in time,
    /// tags, permission), drawn for this row.
    public let listExtras: ListExtras

    /// Square's Reference ID: "R" and the row number in seven digits ("R0000042"), so that what a
    /// tool found can be scored against the truth file row by row.
    public var referenceID: String { "R" + number.zeroPadded(max(7, String(number).count)) }

    /// The truth file's cluster: the person's number, shared by all of its rows.
    public var cluster: Int { person.index }

    public struct ListExtras: Sendable, Equatable {
        public let memberRating: Int
        public let optInTime: String
        public let tags: String
        public let permission: String
    }
}
