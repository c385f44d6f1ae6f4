import CustomerCore
import Foundation

/// Recording and unlinking cards, writing the authorization form.
extension EffectRunner {
    func perform(_ effect: CardsOnFileEffect) throws -> [Msg] {
        switch effect {
        case .add(let card):
            do { return [.cardsOnFile(.added(try store.cardsOnFile.add(card, now: clock())))] } catch StoreError.invalid(let failure) {
                return [.cardsOnFile(.refused(failure.issues))]
            }
        case .unlink(let card):
            guard let id = card.id else { return [] }
            try store.cardsOnFile.unlink(id: id)
            return [.cardsOnFile(.unlinked(card))]
        case .writeAuthorization(let card, let customerName, let folder):
            let language: CardAuthorizationForm.Language = switch AppText.language {
            case .en: .en
            case .fr: .fr
            case .es: .es
            }
            let text = CardAuthorizationForm.text(shopName: try store.settings.value(.shopName) ?? "", customerName: customerName, card: card,
                                                  date: clock(), language: language)
            do {
                let path = try CardAuthorizationForm.write(text, named: CardAuthorizationForm.fileName(customerName: customerName, card: card), in: folder)
                return [.cardsOnFile(.authorizationWritten(path: path))]
            } catch {
                return [.documents(.refused(Self.words(error)))]  // said in the folder prompt, which stays open
            }
        }
    }
}
