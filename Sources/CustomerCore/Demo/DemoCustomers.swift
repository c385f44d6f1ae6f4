import Foundation

/// Realistic demo profiles for a salon with customers from the US, Spain, France and Mexico:
/// accents, nicknames, companies, valid phones written the way people write them, addresses,
/// birthdays with and without year — and a few planted duplicates, as real directories have.
public enum DemoCustomers {
    struct DemoLocale: Sendable {
        let region: String
        let givenNames: [String]
        let familyNames: [String]
        let streets: [String]
        let cities: [(city: String, state: String, postal: String)]
        let country: String
        let emailDomains: [String]
        /// Builds a phone written as a local would write it, from random digits.
        let phone: @Sendable (inout DemoRandom) -> String
    }

    static let locales: [DemoLocale] = [
        DemoLocale(region: "US",
                givenNames: ["James", "Mary", "Olivia", "Liam", "Emma", "Noah", "Ava", "Sophia", "Mason", "Harper", "Ethan", "Chloe", "Zoë", "Renée", "Aaliyah", "Grace"],
                familyNames: ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "O'Brien", "Nguyen", "Kim", "Patel"],
                streets: ["Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Elm St", "Washington Blvd", "Lake View Rd", "Sunset Ave"],
                cities: [("San Francisco", "CA", "94110"), ("Oakland", "CA", "94607"), ("Austin", "TX", "78701"), ("Portland", "OR", "97205"), ("Chicago", "IL", "60614")],
                country: "US", emailDomains: ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
                phone: { r in
                    // Real area codes, so libphonenumber accepts them, and any exchange but 555 and the N11
                    // service codes: 555-01xx (the range kept for fiction) has 100 numbers an area code,
                    // and a million demo customers would share them by the thousand.
                    let area = r.pick(["415", "510", "512", "503", "312"])
                    var exchange = r.int(200...999)
                    if exchange == 555 || exchange % 100 == 11 { exchange += 1 }
                    let line = String(format: "%04d", r.int(0...9999))
                    return r.pick(["(\(area)) \(exchange)-\(line)", "\(area)-\(exchange)-\(line)", "+1 \(area) \(exchange) \(line)", "\(area).\(exchange).\(line)"])
                }),
        DemoLocale(region: "ES",
                givenNames: ["José", "María", "Lucía", "Javier", "Carmen", "Álvaro", "Sofía", "Iñaki", "Nuria", "Pilar", "Raúl", "Begoña"],
                familyNames: ["García", "Núñez", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Ibáñez", "Muñoz", "Díaz", "Castaño"],
                streets: ["Calle Mayor", "Avenida de la Constitución", "Calle del Carmen", "Paseo de Gracia", "Calle Alcalá"],
                cities: [("Madrid", "Madrid", "28013"), ("Barcelona", "Barcelona", "08007"), ("Sevilla", "Sevilla", "41004"), ("Valencia", "Valencia", "46002")],
                country: "ES", emailDomains: ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
                phone: { r in
                    let digits = "6" + String(format: "%08d", r.int(10_000_000...99_999_999))
                    let a = digits.prefix(3), b = digits.dropFirst(3).prefix(2), c = digits.dropFirst(5).prefix(2), d = digits.suffix(2)
                    return r.pick(["\(a) \(b) \(c) \(d)", "+34 \(a) \(b) \(c) \(d)", "\(digits)", "0034 \(digits)"])
                }),
        DemoLocale(region: "FR",
                givenNames: ["Camille", "Léa", "Chloé", "Hugo", "Théo", "Inès", "Jérôme", "Gaëlle", "François", "Hélène", "Noémie", "Benoît"],
                familyNames: ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Rousseau", "Lefebvre", "Faure", "Mercier", "Bonnet", "Françoise"],
                streets: ["rue de la République", "avenue Victor Hugo", "boulevard Saint-Germain", "rue des Lilas", "place Bellecour"],
                cities: [("Paris", "Île-de-France", "75011"), ("Lyon", "Auvergne-Rhône-Alpes", "69002"), ("Marseille", "Provence-Alpes-Côte d'Azur", "13001"), ("Lille", "Hauts-de-France", "59000")],
                country: "FR", emailDomains: ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
                phone: { r in
                    let pairs = (0..<4).map { _ in String(format: "%02d", r.int(0...99)) }
                    let lead = r.pick(["6", "7"])
                    return r.pick(["0\(lead) \(pairs.joined(separator: " "))", "+33 \(lead) \(pairs.joined(separator: " "))", "0\(lead)\(pairs.joined())", "0\(lead).\(pairs.joined(separator: "."))"])
                }),
        DemoLocale(region: "MX",
                givenNames: ["Guadalupe", "Juan", "Ximena", "Diego", "Valeria", "Andrés", "Mariana", "Emilio", "Renata", "Santiago"],
                familyNames: ["Hernández", "González", "Rodríguez", "Ramírez", "Flores", "Cruz", "Morales", "Ortiz", "Gutiérrez", "Chávez"],
                streets: ["Av. Reforma", "Calle Madero", "Av. Insurgentes Sur", "Calle Juárez"],
                cities: [("Ciudad de México", "CDMX", "06600"), ("Guadalajara", "Jalisco", "44100"), ("Monterrey", "Nuevo León", "64000")],
                country: "MX", emailDomains: ["gmail.com", "hotmail.com", "prodigy.net.mx"],
                phone: { r in
                    let digits = "55" + String(format: "%08d", r.int(10_000_000...99_999_999))
                    return r.pick(["+52 \(digits.prefix(2)) \(digits.dropFirst(2).prefix(4)) \(digits.suffix(4))", "\(digits)"])
                }),
    ]

    static let companies = ["", "", "", "", "Acme Dental", "Café Olé", "Blue Bottle", "Atelier Lumière", "Northwind Traders", "Panadería San José", "Studio Zen", "Garage Martin"]
    static let nicknames = ["", "", "", "", "", "Jimmy", "Pepe", "Lulu", "Cami", "Toño", "Bea", "Max"]

    /// `count` profiles (planted duplicates included: 3 in 100). Phones are checked with
    /// libphonenumber through `parser`; a generated number it refuses is simply left off.
    /// Numbers of the shop's own country are written nationally or internationally, as people do;
    /// foreign numbers always carry their country code, so they stay valid for the shop's region.
    public static func make(count: Int, seed: UInt64 = 42, now: Date = Date(), shopRegion: String = "US",
                            parser: (String) -> PhoneNumberParser) -> [Customer] {
        var random = DemoRandom(seed: seed)
        var customers: [Customer] = []
        customers.reserveCapacity(count)
        let parsers = Dictionary(uniqueKeysWithValues: locales.map { ($0.region, parser($0.region)) })
        while customers.count < count {
            // Every 33rd profile repeats an earlier person, cycling through the three ways duplicates happen.
            if customers.count >= 10, customers.count % 33 == 0 {
                let kind = (customers.count / 33) % 3
                customers.append(duplicate(of: random.pick(customers), kind: kind, random: &random, now: now))
                continue
            }
            let locale = random.pick(locales)
            let given = random.pick(locale.givenNames), family = random.pick(locale.familyNames)
            let place = random.pick(locale.cities)
            var customer = Customer(
                givenName: given, familyName: family, nickname: random.pick(nicknames), companyName: random.pick(companies),
                emailAddress: "\(SearchFolding.fold(given)).\(SearchFolding.fold(family).replacingOccurrences(of: "'", with: ""))\(random.int(1...99_999))@\(random.pick(locale.emailDomains))",
                phoneNumber: locale.phone(&random),
                address: PostalAddress(line1: "\(random.int(1...9999)) \(random.pick(locale.streets))", line2: random.chance(15) ? "Apt \(random.int(1...40))" : "",
                                       locality: place.city, region: place.state, postalCode: place.postal, country: locale.country),
                birthday: random.chance(60) ? Birthday(year: random.chance(50) ? random.int(1950...2005) : nil, month: random.int(1...12), day: random.int(1...28)) : nil,
                referenceID: "DEMO-\(customers.count + 1)",
                memo: random.chance(20) ? random.pick(["Prefers morning appointments.", "Referred by a friend.", "Allergic to nothing we know of — ask before new products.", "Likes the window seat."]) : "",
                emailSubscription: random.pick(EmailSubscription.allCases), status: random.chance(80) ? .client : random.pick([.lead, .inactive]),
                creationSource: random.pick([.manual, .manual, .import, .booking, .loyalty]),
                createdAt: now.addingTimeInterval(-Double(random.int(1...900)) * 86_400 - Double(random.int(0...86_000))))
            if let parsed = try? parsers[locale.region]!.parse(customer.phoneNumber) {
                customer.phoneE164 = parsed.e164
                if locale.region != shopRegion.uppercased() { customer.phoneNumber = parsed.internationalFormat }
            } else {
                customer.phoneNumber = ""
            }
            customer.updatedAt = customer.createdAt
            customer.lastActivityAt = customer.createdAt
            customers.append(customer)
        }
        return customers
    }

    /// A second profile of the same person, the way duplicates really happen: the email typed
    /// in capitals, the phone written another way, or the name misspelt at the same address.
    static func duplicate(of original: Customer, kind: Int, random: inout DemoRandom, now: Date) -> Customer {
        var copy = original
        copy.id = nil
        copy.referenceID = original.referenceID + "-B"
        // Some weeks after the original, but not after now: a copy made "tomorrow" dated its notes ahead too.
        copy.createdAt = min(original.createdAt.addingTimeInterval(Double(random.int(1...200)) * 86_400), now)
        copy.updatedAt = copy.createdAt
        copy.lastActivityAt = copy.createdAt
        switch kind {
        case 0:
            copy.emailAddress = original.emailAddress.uppercased()
            copy.phoneNumber = ""
            copy.phoneE164 = nil
        case 1:
            copy.emailAddress = ""
            copy.nickname = ""
            copy.phoneNumber = original.phoneE164 ?? original.phoneNumber
        default:
            copy.givenName = String(original.givenName.prefix(1)) + "."
            copy.emailAddress = ""
            copy.phoneNumber = ""
            copy.phoneE164 = nil
        }
        return copy
    }
}
