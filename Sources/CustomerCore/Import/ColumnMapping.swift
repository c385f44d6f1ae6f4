import Foundation

/// Where one column of an imported file goes.
public enum ImportTarget: Hashable, Sendable, Codable {
    case field(CustomerField)
    /// Mailchimp's one-cell address ("123 Main St  Apt 1  City  ST  12345  US"), split into parts.
    case oneCellAddress
    /// A custom field, by label (created by the import when it does not exist yet).
    case customField(String)
    /// Appended to the memo as "Header: value" ("use the Notes attribute for what doesn't fit").
    case memo
    case ignore

    public var label: String {
        switch self {
        case .field(let field): field.label
        case .oneCellAddress: "Address (one cell)"
        case .customField(let label): "Custom field “\(label)”"
        case .memo: "Add to memo"
        case .ignore: "Ignore"
        }
    }
}

/// The automatic mapping of headers to fields, from Square's template and export, Mailchimp and
/// Constant Contact exports, and English, Spanish and French spreadsheet headers.
public enum ColumnMapping {
    /// Header (folded: lower case, no accents, only letters and digits) → target.
    static let known: [String: ImportTarget] = {
        var table: [String: ImportTarget] = [:]
        func add(_ target: ImportTarget, _ headers: String...) { for header in headers { table[key(header)] = target } }
        add(.field(.givenName), "First Name", "Given Name", "Nombre", "Prénom", "Prenom", "First", "FNAME")
        add(.field(.familyName), "Last Name", "Family Name", "Surname", "Apellido", "Apellidos", "Nom", "Nom de famille", "Last", "LNAME")
        add(.field(.nickname), "Nickname", "Apodo", "Surnom")
        add(.field(.companyName), "Company Name", "Company", "Business Name", "Organization", "Empresa", "Compañía", "Entreprise", "Société", "Societe")
        add(.field(.emailAddress), "Email Address", "Email", "E-mail", "E-mail Address", "Correo electrónico", "Correo", "Email address",
            "Adresse e-mail", "Adresse email", "Courriel", "Mail")
        add(.field(.phoneNumber), "Phone Number", "Phone", "Mobile", "Mobile Phone", "Cell", "Phone - mobile", "Phone - home", "Phone - work",
            "Teléfono", "Telefono", "Móvil", "Celular", "Téléphone", "Telephone", "Portable", "Mobile phone number",
            // Mobile numbers as Spanish, French and English spreadsheets head them (issue 12, point 20).
            "Teléfono móvil", "Teléfono celular", "Número de móvil", "Número de celular", "Tel. móvil", "Móvil 1",
            "Téléphone portable", "Téléphone mobile", "Tél. portable", "Numéro de portable", "Portable 1", "Mobile 1",
            "Cell Phone", "Cellphone", "Cell Phone Number", "Cell number", "Mobile number", "Mobile Phone 1", "Mobile tel", "Tel", "Tél")
        add(.field(.addressLine1), "Street Address 1", "Address Line 1", "Street", "Street Address", "Street address line 1 - Home",
            "Street address line 1", "Dirección", "Direccion", "Calle", "Adresse", "Rue", "Address 1")
        add(.field(.addressLine2), "Street Address 2", "Address Line 2", "Street address line 2 - Home", "Street address line 2", "Address 2",
            "Complément d'adresse", "Dirección 2")
        add(.field(.locality), "City", "Town", "Locality", "City - Home", "Ciudad", "Localidad", "Población", "Ville", "Commune")
        add(.field(.region), "State", "Region", "Province", "State/Province", "State/Province - Home", "County", "Provincia", "Estado",
            "Région", "Departement", "Département")
        add(.field(.postalCode), "Postal Code", "Zip", "Zip Code", "ZIP/Postal Code", "Zip/Postal Code - Home", "Postcode", "Código postal",
            "Codigo postal", "CP", "Code postal")
        add(.field(.country), "Country", "Country - Home", "País", "Pais", "Pays")
        add(.field(.birthday), "Birthday", "Date of Birth", "Birth Date", "DOB", "Cumpleaños", "Fecha de nacimiento", "Anniversaire", "Date de naissance")
        add(.field(.referenceID), "Reference ID", "Reference", "Customer ID", "Referencia", "Référence", "ID de referencia")
        add(.field(.memo), "Memo", "Notes", "Note", "Notas", "Nota", "Remarques", "Commentaires", "Comments", "NOTES")
        add(.field(.emailSubscription), "Email Subscription Status", "Email permission status", "Subscription", "Suscripción", "Abonnement")
        add(.field(.status), "Status", "Estado", "Statut")
        add(.oneCellAddress, "Address")
        // Square export bookkeeping that is not part of a profile here.
        add(.ignore, "Square Customer ID", "Creation Source", "First Visit", "Last Visit", "Transaction Count", "Lifetime Spend",
            "Instant Profile", "Blocked from online booking", "MEMBER_RATING", "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME", "CONFIRM_IP",
            "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF", "TIMEZONE", "CC", "REGION", "LAST_CHANGED", "LEID", "EUID")
        add(.memo, "TAGS", "Tags", "Etiquetas", "Étiquettes")
        return table
    }()

    /// Marks a column as a custom field whatever its label ("custom:Mobile"), as `--map` does: an
    /// export names a custom field labelled like a known header this way, so that importing the
    /// file again does not send its values to the standard field of that name.
    public static let customFieldPrefix = "custom:"

    /// The first column of a rejects file (`ImportRunner.writeRejects`): why the row was refused.
    /// Proposed as ignored when a file's first column has this name, so the fixed rejects file
    /// imports without its reasons becoming a custom field.
    public static let rejectsProblemHeader = "Problem"

    /// The header an export gives a custom field's column: its label, or the label marked with
    /// `customFieldPrefix` when the label alone would be read as a standard field, the memo or
    /// nothing (or already starts with the marker).
    public static func exportHeader(forCustomField label: String) -> String {
        let trimmed = label.trimmingCharacters(in: .whitespacesAndNewlines)
        let readsAsItself = known[key(trimmed)] == nil && !trimmed.lowercased().hasPrefix(customFieldPrefix) && !trimmed.isEmpty
        return readsAsItself ? label : customFieldPrefix + label
    }

    /// "Correo electrónico" → "correoelectronico": what header matching compares.
    static func key(_ header: String) -> String {
        SearchFolding.fold(header).filter { $0.isLetter || $0.isNumber }
    }

    /// The target for each header; an unknown header becomes a custom field of its name (the
    /// wizard and `--map` can send it to the memo or ignore it instead). A field claimed twice
    /// keeps its first column; later ones go to the memo.
    public static func automatic(headers: [String]) -> [ImportTarget] {
        var used = Set<ImportTarget>()
        return headers.enumerated().map { index, header in
            let trimmed = header.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { return .ignore }
            if index == 0, trimmed == rejectsProblemHeader { return .ignore }
            if trimmed.lowercased().hasPrefix(customFieldPrefix) {
                // "custom:Visits (number)" is the field "Visits"; its kind is `ImportPlan.declaredCustomFields`'.
                let label = CustomFieldHeader.label(ofMarked: String(trimmed.dropFirst(customFieldPrefix.count)))
                return label.isEmpty ? .ignore : .customField(label)
            }
            var target = known[key(trimmed)] ?? .customField(trimmed)
            if case .field = target, used.contains(target) { target = .memo }
            if target == .oneCellAddress, used.contains(.field(.addressLine1)) { target = .memo }
            used.insert(target)
            return target
        }
    }

    /// Parses a `--map "Header=field"` value: a field name ("givenName", "phone", "Given name"),
    /// "memo", "ignore", "address" (one cell) or "custom:Label".
    public static func target(named name: String) -> ImportTarget? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        switch key(trimmed) {
        case "memo", "notes": return .field(.memo)
        case "ignore", "skip": return .ignore
        case "address", "onecelladdress": return .oneCellAddress
        case "addtomemo", "tomemo": return .memo
        default: break
        }
        if trimmed.lowercased().hasPrefix("custom:") {
            let label = String(trimmed.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            return label.isEmpty ? nil : .customField(label)
        }
        let aliases: [String: CustomerField] = ["phone": .phoneNumber, "email": .emailAddress, "company": .companyName,
                                                "firstname": .givenName, "lastname": .familyName, "city": .locality,
                                                "state": .region, "zip": .postalCode, "reference": .referenceID,
                                                "referenceid": .referenceID, "subscription": .emailSubscription]
        if let field = aliases[key(trimmed)] { return .field(field) }
        if let field = CustomerField.allCases.first(where: { key($0.rawValue) == key(trimmed) || key($0.label) == key(trimmed) }) {
            return .field(field)
        }
        return known[key(trimmed)]
    }
}
