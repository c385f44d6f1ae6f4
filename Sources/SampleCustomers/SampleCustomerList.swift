/// The rows of a sample customer list, made one at a time as they are asked for: a person's first
/// row, or (at `duplicateRate`) a planted duplicate of a person drawn from all those before it.
/// Memory does not grow with the list: a duplicate makes its person again from the person's
/// number, and nothing else is kept. The people, their order and the duplicates depend on the
/// seed, the row count and the rate only — not on the layout, encoding or delimiter — so one seed
/// gives the same customers in every layout.
public struct SampleCustomerList: Sequence, Sendable {
    public let options: CustomerListOptions

    public init(_ options: CustomerListOptions) { self.options = options }

    public func makeIterator() -> Iterator { Iterator(options) }

    public struct Iterator: IteratorProtocol {
        let options: CustomerListOptions
        var random: SplitMix64
        var number = 0
        var people = 0

        init(_ options: CustomerListOptions) {
            self.options = options
            random = SplitMix64(seed: options.seed)
        }

        public mutating func next() -> SampleRow? {
            guard number < options.rows else { return nil }
            number += 1
            if people > 0, random.chance(options.duplicateRate) {
                let person = SamplePerson(index: random.below(people), seed: options.seed)
                return duplicate(of: person, kind: random.pick(options.disguises ? DuplicateKind.disguised : DuplicateKind.planted))
            }
            let person = SamplePerson(index: people, seed: options.seed)
            people += 1
            return SampleRow(number: number, person: person, kind: .original, givenName: person.givenName.written,
                             familyName: person.familyName.written, emailAddress: person.emailAddress,
                             phoneNumber: person.phone.written(style: person.phoneStyle), listExtras: extras())
        }

        mutating func duplicate(of person: SamplePerson, kind drawn: DuplicateKind) -> SampleRow {
            var given = person.givenName.written, family = person.familyName.written
            var email = "", phone = ""
            // A name without a short form the shops use is slipped instead.
            let shortForms = SampleVocabulary.shortForms[person.givenName.written] ?? []
            let kind = drawn == .nickname && shortForms.isEmpty ? .fuzzy : drawn
            switch kind {
            case .original:
                preconditionFailure("an original is not a duplicate")
            case .sameEmail:
                let address = person.emailAddress
                email = switch random.below(4) {
                case 0: address.uppercased()
                case 1: " " + address
                case 2: address.prefix(1).uppercased() + address.dropFirst()
                default: address + " "
                }
                if random.chance(0.5) { given = String(given.prefix(1)) + "." }
            case .samePhone:
                // Always another form than the person's own row: the same digits must be recognised.
                let style = person.phoneStyle + 1 + random.below(SamplePhone.styleCount - 1)
                phone = person.phone.written(style: style)
            case .fuzzy:
                given = NameSlip.apply(to: person.givenName, &random)
                if random.chance(0.5) { family = person.familyName.plain }
                // A new address of the person's own, at a domain no first row uses, with the row's
                // number: it can be no one else's.
                let local = SampleName(given).emailPart
                email = "\(local.isEmpty ? "x" : local).\(person.familyName.emailPart).\(number)@other.example.com"
            case .nickname:
                given = random.pick(shortForms)
                if random.chance(0.5) { family = person.familyName.plain }
                email = "\(SampleName(given).emailPart).\(person.familyName.emailPart).\(number)@other.example.com"
            case .swapped:
                (given, family) = (family, given)
                email = "\(person.familyName.emailPart).\(person.givenName.emailPart).\(number)@other.example.com"
            }
            return SampleRow(number: number, person: person, kind: kind, givenName: given, familyName: family,
                             emailAddress: email, phoneNumber: phone, listExtras: extras())
        }

        /// Drawn for every row whatever the layout, so that the layout does not change the people.
        mutating func extras() -> SampleRow.ListExtras {
            let month = random.int(in: 1...12).zeroPadded(2), day = random.int(in: 1...28).zeroPadded(2)
            let time = random.int(in: 8...19).zeroPadded(2) + ":" + random.below(60).zeroPadded(2) + ":00"
            return SampleRow.ListExtras(memberRating: random.int(in: 1...5), optInTime: "2024-\(month)-\(day) \(time)",
                                        tags: random.chance(0.2) ? random.pick(["VIP", "\"VIP\"", "Newsletter, VIP", "Walk-in"]) : "",
                                        permission: random.pick(["Explicit", "Implicit", "Unsubscribed"]))
        }
    }
}
