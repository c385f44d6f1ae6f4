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
        let lines: [String] = switch language {
        case .en: [
            "CARD-ON-FILE AUTHORIZATION", "",
            "Shop: \(shop)", "Customer: \(customerName)", "Card: \(card.maskedLabel), expires \(card.expiryText)",
            "Cardholder: \(card.holderName)", card.billingPostalCode.isEmpty ? "" : "Billing postal code: \(card.billingPostalCode)", "",
            "I authorize \(shop) to keep this card on file and to charge it for goods and services I",
            "agree to, until I withdraw this authorization in writing.", "",
            "Date: \(day)", "", "Signature: ______________________________", "",
        ]
        case .fr: [
            "AUTORISATION D'ENREGISTREMENT DE CARTE", "",
            "Boutique : \(shop)", "Client : \(customerName)", "Carte : \(card.maskedLabel), expire \(card.expiryText)",
            "Titulaire : \(card.holderName)", card.billingPostalCode.isEmpty ? "" : "Code postal de facturation : \(card.billingPostalCode)", "",
            "J'autorise \(shop) à conserver cette carte et à la débiter pour les produits et services",
            "que j'accepte, jusqu'à ce que je retire cette autorisation par écrit.", "",
            "Date : \(day)", "", "Signature : ______________________________", "",
        ]
        case .es: [
            "AUTORIZACIÓN PARA GUARDAR UNA TARJETA", "",
            "Tienda: \(shop)", "Cliente: \(customerName)", "Tarjeta: \(card.maskedLabel), vence \(card.expiryText)",
            "Titular: \(card.holderName)", card.billingPostalCode.isEmpty ? "" : "Código postal de facturación: \(card.billingPostalCode)", "",
            "Autorizo a \(shop) a guardar esta tarjeta y a cobrar en ella los productos y servicios",
            "que yo acepte, hasta que retire esta autorización por escrito.", "",
            "Fecha: \(day)", "", "Firma: ______________________________", "",
        ]
        }
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
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
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
}
