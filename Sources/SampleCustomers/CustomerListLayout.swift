/// The files shops bring, by the program that wrote them: the header row each writes (the import's
/// column mapping is tested against these exact headers) and where each value goes.
public enum CustomerListLayout: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Square's customer export; every row has a Reference ID.
    case square
    /// Mailchimp's audience export: the address in one cell, the birthday as MM/DD, tags.
    case mailchimp
    /// Constant Contact's contact export.
    case constantContact = "constant-contact"
    /// A spreadsheet a Spanish shop keeps by hand.
    case spanishSpreadsheet = "generic-es"
    /// A spreadsheet a French shop keeps by hand.
    case frenchSpreadsheet = "generic-fr"

    public var description: String { rawValue }

    public var headers: [String] {
        switch self {
        case .square:
            ["Reference ID", "First Name", "Last Name", "Email Address", "Phone Number", "Nickname", "Company Name",
             "Street Address 1", "Street Address 2", "City", "State", "Postal Code", "Birthday", "Memo", "Email Subscription Status"]
        case .mailchimp:
            ["Email Address", "First Name", "Last Name", "Address", "Phone Number", "Birthday", "MEMBER_RATING", "OPTIN_TIME", "TAGS", "NOTES"]
        case .constantContact:
            ["Email address", "First name", "Last name", "Company", "Phone - mobile", "Street address line 1 - Home", "City - Home",
             "State/Province - Home", "Zip/Postal Code - Home", "Country - Home", "Birthday", "Email permission status"]
        case .spanishSpreadsheet:
            ["Nombre", "Apellido", "Correo electrónico", "Teléfono", "Empresa", "Dirección", "Ciudad", "Código postal", "Cumpleaños", "Notas"]
        case .frenchSpreadsheet:
            ["Prénom", "Nom", "Adresse e-mail", "Téléphone", "Entreprise", "Adresse", "Ville", "Code postal", "Date de naissance", "Remarques"]
        }
    }

    /// The header of the email column, to find a row's address in a file of this layout.
    public var emailHeader: String {
        switch self {
        case .square: headers[3]
        case .mailchimp, .constantContact: headers[0]
        case .spanishSpreadsheet, .frenchSpreadsheet: headers[2]
        }
    }

    /// The row's cells, in the order of `headers`.
    public func fields(of row: SampleRow) -> [String] {
        let p = row.person
        switch self {
        case .square:
            return [row.referenceID, row.givenName, row.familyName, row.emailAddress, row.phoneNumber, p.nickname, p.companyName,
                    p.street, p.unit, p.city.name, p.city.region, p.postalCode, p.birthday, p.memo, p.emailSubscription]
        case .mailchimp:
            // Mailchimp's one-cell address: the parts a person filled in, two spaces between them.
            let address = [p.street, p.unit, p.city.name, p.city.region, p.postalCode, p.city.country].filter { !$0.isEmpty }.joined(separator: "  ")
            let birthday = p.birthday.isEmpty ? "" : String(p.birthday.suffix(5)).replacingOccurrences(of: "-", with: "/")
            let extras = row.listExtras
            return [row.emailAddress, row.givenName, row.familyName, address, row.phoneNumber, birthday,
                    String(extras.memberRating), extras.optInTime, extras.tags, p.memo]
        case .constantContact:
            return [row.emailAddress, row.givenName, row.familyName, p.companyName, row.phoneNumber, p.street, p.city.name, p.city.region,
                    p.postalCode, p.city.country, p.birthday, row.listExtras.permission]
        case .spanishSpreadsheet, .frenchSpreadsheet:
            return [row.givenName, row.familyName, row.emailAddress, row.phoneNumber, p.companyName,
                    p.unit.isEmpty ? p.street : p.street + " " + p.unit, p.city.name, p.postalCode, p.birthday, p.memo]
        }
    }
}
