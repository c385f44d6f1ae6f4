import Foundation

/// The card-on-file authorization a customer signs (seed 003: "you need the customer's written
/// authorization"): the shop, the customer, the card as brand and last four — never the number —,
/// a date and a signature line. Plain text, to print, sign, scan and attach under Documents.
public enum CardAuthorizationForm {
    public enum Language: String, Sendable, CaseIterable { case en, fr, es }

    public static func text(shopName: String, customerName: String, card: CardOnFile, date: Date, language: Language = .en) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        let day = formatter.string(from: date)
        let shop = shopName.trimmingCharacters(in: .whitespaces).isEmpty ? "—" : shopName
        let words = Words.of(language)
        func field(_ label: String, _ value: String) -> String { label + words.colon + value }
        var lines = [words.title, "", field(words.shop, shop), field(words.customer, customerName),
                     field(words.card, "\(card.maskedLabel), \(words.expires) \(card.expiryText)"), field(words.holder, card.holderName)]
        if !card.billingPostalCode.isEmpty { lines.append(field(words.postalCode, card.billingPostalCode)) }
        lines += [""] + words.consent(shop) + ["", field(words.date, day), "", field(words.signature, "______________________________"), ""]
        return lines.joined(separator: "\n")
    }

    /// "authorization Visa 1111 María Núñez.txt": a file name that says what it is (no "/").
    public static func fileName(customerName: String, card: CardOnFile) -> String {
        let name = customerName.replacingOccurrences(of: "/", with: "-").trimmingCharacters(in: .whitespaces)
        return "authorization \(card.brand.label) \(card.lastFour) \(name).txt"
    }

    /// Writes the form into `directory`, never over a file: "… (1).txt" when the name is taken. Returns the path.
    public static func write(_ text: String, named fileName: String, in directory: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StoreError.fileProblem("there is no folder \(directory)")
        }
        for counter in 0..<10_000 {
            let path = (directory as NSString).appendingPathComponent(NumberedFileName.candidate(fileName, counter))
            // Created only if absent (O_EXCL): a file of that name, even one made a moment ago, is never overwritten.
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                throw StoreError.fileProblem("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try handle.write(contentsOf: Data(text.utf8))
            return path
        }
        throw StoreError.fileExists(path: (directory as NSString).appendingPathComponent(fileName))
    }

    /// The form's words in one language; the layout is the same in all.
    struct Words {
        let title, shop, customer, card, expires, holder, postalCode, date, signature: String
        /// ": " in English and Spanish, " : " in French.
        let colon: String
        let consent: (String) -> [String]

        static func of(_ language: Language) -> Words {
            switch language {
            case .en: Words(title: "CARD-ON-FILE AUTHORIZATION", shop: "Shop", customer: "Customer", card: "Card", expires: "expires",
                            holder: "Cardholder", postalCode: "Billing postal code", date: "Date", signature: "Signature", colon: ": ",
                            consent: { ["I authorize \($0) to keep this card on file and to charge it for goods and services I",
                                        "agree to, until I withdraw this authorization in writing."] })
            case .fr: Words(title: "AUTORISATION D'ENREGISTREMENT DE CARTE", shop: "Boutique", customer: "Client", card: "Carte", expires: "expire",
                            holder: "Titulaire", postalCode: "Code postal de facturation", date: "Date", signature: "Signature", colon: " : ",
                            consent: { ["J'autorise \($0) à conserver cette carte et à la débiter pour les produits et services",
                                        "que j'accepte, jusqu'à ce que je retire cette autorisation par écrit."] })
            case .es: Words(title: "AUTORIZACIÓN PARA GUARDAR UNA TARJETA", shop: "Tienda", customer: "Cliente", card: "Tarjeta", expires: "vence",
                            holder: "Titular", postalCode: "Código postal de facturación", date: "Fecha", signature: "Firma", colon: ": ",
                            consent: { ["Autorizo a \($0) a guardar esta tarjeta y a cobrar en ella los productos y servicios",
                                        "que yo acepte, hasta que retire esta autorización por escrito."] })
            }
        }
    }
}
