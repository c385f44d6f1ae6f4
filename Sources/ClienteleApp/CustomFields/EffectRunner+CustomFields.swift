import CustomerCore
import Foundation

/// Defining custom fields: list, save (converting values or refusing), move, delete.
extension EffectRunner {
    func perform(_ effect: CustomFieldsEffect) throws -> [Msg] {
        switch effect {
        case .load:
            return [.customFields(.loaded(try store.customFields.definitions(), valueCounts: try store.customFields.valueCounts()))]
        case .save(let definition):
            do {
                return [.customFields(.saved(try store.customFields.save(definition), isNew: definition.id == nil))]
            } catch StoreError.invalid(let failure) {
                return [.customFields(.refused(failure.issues))]
            } catch StoreError.duplicateName(_, let name) {
                return [.customFields(.refused([ValidationIssue(fieldLabel: "Label", problem: .labelTaken(name))]))]
            } catch let refused as CustomFieldTypeChangeRefused {
                return [.customFields(.typeChangeRefused(refused.change))]
            }
        case .move(let definition, let position):
            guard let id = definition.id else { return [] }
            _ = try store.customFields.move(fieldID: id, to: position)
            return [.customFields(.moved(definition))]
        case .delete(let definition):
            guard let id = definition.id else { return [] }
            let count = try store.customFields.valueCount(fieldID: id)
            try store.customFields.delete(id: id)
            return [.customFields(.deleted(definition, values: count))]
        }
    }
}
