import CustomerCore
import Foundation
import SampleCustomers
import Testing

/// The files the generator writes: the same bytes for a seed, each program's headers, each
/// encoding and delimiter read back to the same cells.
@Suite struct CustomerListFileTests {
    let files: SampleFiles
    init() throws { files = try SampleFiles() }

    @Test func theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws {
        let options = CustomerListOptions(rows: 2_000, duplicateRate: 0.1, seed: 7)
        let first = try files.write(options, truth: files.path("a.truth")), second = try files.write(options, truth: files.path("b.truth"))
        #expect(try files.bytes(first) == files.bytes(second))
        #expect(try files.bytes(files.path("a.truth")) == files.bytes(files.path("b.truth")))
        var other = options
        other.seed = 8
        #expect(try files.bytes(files.write(other)) != files.bytes(first))
    }

    /// The layout chooses the columns, not the people: a seed gives the same customers, in the
    /// same order, in every program's file.
    @Test func oneSeedGivesTheSameCustomersInEveryLayout() throws {
        func column(_ layout: CustomerListLayout, _ headers: [String]) throws -> [[String]] {
            let (header, rows) = try files.records(try files.write(CustomerListOptions(rows: 500, layout: layout, seed: 11)))
            let columns = try headers.map { name in try #require(header.firstIndex(of: name), "\(layout): \(name)") }
            return rows.map { row in columns.map { row[$0] } }
        }
        let square = try column(.square, ["Email Address", "First Name", "Last Name"])
        #expect(square.count == 500)
        #expect(try column(.mailchimp, ["Email Address", "First Name", "Last Name"]) == square)
        #expect(try column(.constantContact, ["Email address", "First name", "Last name"]) == square)
        #expect(try column(.spanishSpreadsheet, ["Correo electrónico", "Nombre", "Apellido"]) == square)
        #expect(try column(.frenchSpreadsheet, ["Adresse e-mail", "Prénom", "Nom"]) == square)
    }

    /// Written out here, not taken from the generator: the import's column mapping is tested
    /// against these headers, so they must not change by accident.
    static let headers: [(CustomerListLayout, [String])] = [
        (.square, ["Reference ID", "First Name", "Last Name", "Email Address", "Phone Number", "Nickname", "Company Name", "Street Address 1",
                   "Street Address 2", "City", "State", "Postal Code", "Birthday", "Memo", "Email Subscription Status"]),
        (.mailchimp, ["Email Address", "First Name", "Last Name", "Address", "Phone Number", "Birthday", "MEMBER_RATING", "OPTIN_TIME", "TAGS", "NOTES"]),
        (.constantContact, ["Email address", "First name", "Last name", "Company", "Phone - mobile", "Street address line 1 - Home", "City - Home",
                            "State/Province - Home", "Zip/Postal Code - Home", "Country - Home", "Birthday", "Email permission status"]),
        (.spanishSpreadsheet, ["Nombre", "Apellido", "Correo electrónico", "Teléfono", "Empresa", "Dirección", "Ciudad", "Código postal", "Cumpleaños", "Notas"]),
        (.frenchSpreadsheet, ["Prénom", "Nom", "Adresse e-mail", "Téléphone", "Entreprise", "Adresse", "Ville", "Code postal", "Date de naissance", "Remarques"]),
    ]

    @Test(arguments: headers.map(\.0))
    func eachLayoutWritesItsProgramsHeadersAndAsManyCellsOnEveryRow(_ layout: CustomerListLayout) throws {
        let expected = try #require(Self.headers.first { $0.0 == layout }?.1)
        let path = try files.write(CustomerListOptions(rows: 300, duplicateRate: 0, layout: layout))
        let text = String(decoding: try files.bytes(path), as: UTF8.self)
        #expect(text.hasPrefix(expected.joined(separator: ",") + "\r\n"))
        let (header, rows) = try files.records(path)
        #expect(header == expected)
        #expect(rows.count == 300)
        #expect(rows.allSatisfy { $0.count == expected.count })
        let emailColumn = try #require(header.firstIndex(of: layout.emailHeader))
        #expect(rows.filter { $0[emailColumn].contains("@") }.count == 300)
    }

    @Test func everySquareRowHasItsRowNumberAsReferenceID() throws {
        let (_, rows) = try files.records(try files.write(CustomerListOptions(rows: 1_200, duplicateRate: 0.2)))
        #expect(rows.map { $0[0] } == (1...1_200).map { "R" + String(repeating: "0", count: 7 - String($0).count) + String($0) })
    }

    /// Every cell, read back by the import's reader, is the cell the generator made: quotes,
    /// delimiters and line breaks inside cells survive, whatever the delimiter.
    @Test(arguments: FieldDelimiter.allCases)
    func cellsComeBackWholeWithEachDelimiter(_ delimiter: FieldDelimiter) throws {
        let options = CustomerListOptions(rows: 800, layout: .mailchimp, delimiter: delimiter)
        let path = try files.write(options)
        let reader = try CSVReader(path: path)
        #expect(reader.delimiter == Character(delimiter.rawValue))
        let (_, rows) = try files.records(path)
        let made = SampleCustomerList(options).map { options.layout.fields(of: $0) }
        #expect(rows == made)
        let cells = made.joined()
        #expect(cells.contains { $0.contains("\n") } && cells.contains { $0.contains("\r\n") })
        #expect(cells.contains { $0.contains("\"") } && cells.contains { $0.contains(",") } && cells.contains { $0.contains(";") })
        #expect(cells.contains { $0.contains("'") } && cells.contains { $0.contains(" ") && $0.contains("-") })
    }

    /// A file in each encoding decodes, by Foundation, to the text of the UTF-8 file: in
    /// Windows-1252, with "?" for each character it cannot write.
    @Test(arguments: SampleEncoding.allCases)
    func eachEncodingDecodesBackToTheSameText(_ encoding: SampleEncoding) throws {
        let plain = CustomerListOptions(rows: 1_500, layout: .frenchSpreadsheet, delimiter: .semicolon)
        var encoded = plain
        encoded.encoding = encoding
        let utf8 = String(decoding: try files.bytes(files.write(plain)), as: UTF8.self)
        let bytes = try files.bytes(files.write(encoded))
        let decoded: String?
        switch encoding {
        case .utf8:
            decoded = String(bytes: bytes, encoding: .utf8)
        case .utf8WithBOM:
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            decoded = String(bytes: bytes.dropFirst(3), encoding: .utf8)
        case .utf16:
            #expect(bytes.starts(with: [0xFF, 0xFE]))
            decoded = String(bytes: bytes.dropFirst(2), encoding: .utf16LittleEndian)
        case .windows1252:
            #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]) && String(bytes: bytes, encoding: .utf8) == nil)
            decoded = String(bytes: bytes, encoding: .windowsCP1252)
        }
        var expected = utf8
        if encoding == .windows1252 {
            expected = String(String.UnicodeScalarView(utf8.unicodeScalars.map { String($0).data(using: .windowsCP1252) == nil ? "?" : $0 }))
            #expect(expected.contains("Nguy?n") && expected.contains("Lefèvre") && expected.contains("—"))
        }
        #expect(decoded == expected)
        // The import's reader says what the file is and reads the same cells.
        let reader = try CSVReader(path: try files.write(encoded))
        #expect(reader.encoding == [.utf8: .utf8, .utf8WithBOM: .utf8WithBOM, .utf16: .utf16LittleEndian, .windows1252: .windows1252][encoding])
    }
}
