/// The words sample customers are made of: names from the shops' countries and beyond, with
/// accents, apostrophes, hyphens and several words; some letters Windows-1252 cannot write
/// (Nguyễn, Dvořák, Łukasz), as real lists have; companies and memos with commas, quotes and
/// line breaks, which a CSV must quote. Nothing here may trip the import's checks (no card
/// numbers, no cell starting with = + - @): a sample list imports whole.
enum SampleVocabulary {
    static let givenNames: [SampleName] = [
        "Ana", "José", "María", "Luis", "Chloé", "François", "Zoë", "Wei", "Yuki", "Olga", "Émile", "Noah",
        "Liam", "Emma", "Sofía", "Mateo", "Lucía", "Hélène", "Jürgen", "Søren", "Aoife", "Siobhán", "Mohammed",
        "Fatima", "Raj", "Priya", "Dmitri", "Ingrid", "Camille", "Léa", "Hugo", "Inès", "Valentina", "Jean-Luc",
        "Mary Ann", "D'Andre", "Björk", "Ñusta", "Renée", "Łukasz", "Iñaki", "Begoña", "Álvaro", "Maëlle",
        "Grace", "Ximena", "Thiago", "Aaliyah", "Kenji", "Marie-Claire", "Joaquín", "Ethan",
    ].map(SampleName.init)

    /// Short forms of the given names above that a person signs up with, each one the duplicate
    /// detector's table (or its compound rule) knows: the `nickname` disguise.
    static let shortForms: [String: [String]] = [
        "José": ["Pepe", "Pepito"], "María": ["Mari"], "Luis": ["Lucho"], "François": ["Fanfan"], "Chloé": ["Clo"],
        "Emma": ["Emmy"], "Sofía": ["Sofi"], "Mateo": ["Teo"], "Lucía": ["Lucy", "Luci"], "Hélène": ["Lena", "Lène"],
        "Camille": ["Cam", "Cammie"], "Valentina": ["Vale", "Val"], "Mohammed": ["Mo"], "Fatima": ["Fati"], "Dmitri": ["Dima"],
        "Ximena": ["Xime"], "Joaquín": ["Quino"], "Begoña": ["Bego"], "Émile": ["Milou"], "Mary Ann": ["Mary"],
        "Marie-Claire": ["Marie"], "Jean-Luc": ["Jean"],
    ]

    static let familyNames: [SampleName] = [
        "García", "Núñez", "Martin", "Dubois", "Smith", "Müller", "Tanaka", "Li", "Kowalski", "O'Brien",
        "Lefèvre", "Rossi", "Fernández", "López", "Bernard", "Moreau", "Johnson", "Brown", "Silva", "Pereira",
        "Yamamoto", "Kim", "Park", "Nowak", "Jensen", "de la Cruz", "van der Berg", "Saint-Pierre", "Ó Briain",
        "Gómez", "Díaz", "Roux", "Fontaine", "Wang", "Zhang", "Ivanova", "Haddad", "Nguyễn", "Dvořák",
        "Ibáñez", "Castaño", "Gagnon", "Tremblay", "Côté", "Hernández", "Patel", "D'Amico", "Muñoz",
        "Larsson", "MacDonald",
    ].map(SampleName.init)

    static let cities: [SampleCity] = [
        SampleCity(name: "San Francisco", region: "CA", country: "US", callingCode: "1", numberPrefix: "415", subscriberDigits: 7,
                   streets: ["Main St", "Valencia Street", "Mission St", "Oak Ave", "24th Street"], postalStyle: .fiveDigits),
        SampleCity(name: "Austin", region: "TX", country: "US", callingCode: "1", numberPrefix: "512", subscriberDigits: 7,
                   streets: ["Congress Ave", "Elm Street", "S Lamar Blvd", "Guadalupe St"], postalStyle: .fiveDigits),
        SampleCity(name: "Chicago", region: "IL", country: "US", callingCode: "1", numberPrefix: "312", subscriberDigits: 7,
                   streets: ["N Clark St", "W Division St", "Lake Shore Dr", "Maple Ave"], postalStyle: .fiveDigits),
        SampleCity(name: "Madrid", region: "M", country: "ES", callingCode: "34", numberPrefix: "6", subscriberDigits: 8,
                   streets: ["Calle Mayor", "Gran Vía", "Calle de Alcalá", "Paseo de la Castellana"], postalStyle: .fiveDigits),
        SampleCity(name: "Barcelona", region: "B", country: "ES", callingCode: "34", numberPrefix: "6", subscriberDigits: 8,
                   streets: ["Passeig de Gràcia", "Carrer de Mallorca", "Avinguda Diagonal", "Calle de Aragón"], postalStyle: .fiveDigits),
        SampleCity(name: "Paris", region: "", country: "FR", callingCode: "33", numberPrefix: "6", subscriberDigits: 8,
                   streets: ["Rue de la Paix", "Boulevard Saint-Germain", "Rue Oberkampf", "Avenue d'Italie"], postalStyle: .fiveDigits),
        SampleCity(name: "Lyon", region: "", country: "FR", callingCode: "33", numberPrefix: "6", subscriberDigits: 8,
                   streets: ["Rue de la République", "Quai Saint-Antoine", "Cours Lafayette"], postalStyle: .fiveDigits),
        SampleCity(name: "Montréal", region: "QC", country: "CA", callingCode: "1", numberPrefix: "514", subscriberDigits: 7,
                   streets: ["Rue Sainte-Catherine", "Boulevard Saint-Laurent", "Avenue du Mont-Royal"], postalStyle: .canadian),
        SampleCity(name: "Ciudad de México", region: "CDMX", country: "MX", callingCode: "52", numberPrefix: "55", subscriberDigits: 8,
                   streets: ["Avenida Insurgentes Sur", "Calle Madero", "Paseo de la Reforma"], postalStyle: .fiveDigits),
        SampleCity(name: "Guadalajara", region: "JAL", country: "MX", callingCode: "52", numberPrefix: "33", subscriberDigits: 8,
                   streets: ["Avenida Chapultepec", "Calle Morelos", "Avenida Vallarta"], postalStyle: .fiveDigits),
    ]

    /// Mostly none: most customers of a salon are people, not businesses.
    static let companies: [String] = [
        "", "", "", "", "", "Acme Plumbing", "Panadería Sol", "Café du Coin", "Bright Smile Dental", "Studio Yoga",
        "Ferretería López", "Le Petit Salon", "O'Neil & Sons", "Taquería \"El Güero\"", "Boulangerie Paul, SARL",
    ]

    /// Mostly empty; the others hold what a CSV must quote (commas, quotes, semicolons, line
    /// breaks of both kinds) and text in the shops' languages.
    static let memos: [String] = [
        "", "", "", "", "Prefers mornings", "Likes \"espresso\", no sugar", "Allergic to latex;\nask before treatment",
        "VIP — refer-a-friend", "Paga en efectivo", "Client fidèle, 10 ans", "Call, don't text",
        "Rendez-vous le mardi\r\nparking rue d'Alésia", "Sensible al frío; prefiere la tarde", "Gift card “Spa day” used",
    ]

    /// Reserved names only (RFC 2606), so no sample address can be anyone's mailbox.
    static let emailDomains = ["example.com", "example.org", "example.net", "mail.example.com", "correo.example.net", "courriel.example.org"]

    static let units: [String: [String]] = [
        "US": ["Apt 4", "Apt 12B", "Suite 210", "Unit 7"], "CA": ["App. 3", "Apt 15"],
        "ES": ["Piso 3", "2º B", "Bajo"], "FR": ["Bât. B", "Appt 12", "Esc. 2"], "MX": ["Depto 5", "Int. 302"],
    ]
}
