import CustomerCore
import Foundation

/// Groups and the marked rows, through the store's `GroupsStore` and `DirectoryStore`.
extension EffectRunner {
    func perform(_ effect: GroupsEffect) throws -> [Msg] {
        do {
            switch effect {
            case .load:
                return [.groups(.loaded(try store.groups.groups()))]
            case .loadMembership(let id):
                let name = try store.customers.customer(id: id)?.displayName ?? ""
                return [.groups(.membershipLoaded(id, name, try store.groups.groups(), Set(try store.groups.groups(of: id).compactMap(\.id))))]
            case .create(let name, let members):
                let group = try store.groups.create(name: name, now: clock())
                if !members.isEmpty, let id = group.id { try store.groups.add(customers: members, to: id) }
                let note: GroupsNote = members.isEmpty ? .created(group.name) : .added(members.count, group.name)
                return [.groups(.changed(note, clearsMarks: false)), .groups(.loaded(try store.groups.groups()))]
            case .rename(let id, let old, let new):
                try store.groups.rename(id: id, to: new)
                return [.groups(.changed(.renamed(old, CustomerGroup.normalizedName(new)), clearsMarks: false)), .groups(.loaded(try store.groups.groups()))]
            case .delete(let id, let name, let members):
                try store.groups.delete(id: id)
                return [.groups(.changed(.deleted(name, members: members), clearsMarks: false)), .groups(.loaded(try store.groups.groups()))]
            case .add(let ids, let groupID, let name):
                let added = try store.groups.add(customers: ids, to: groupID)
                return [.groups(.changed(.added(added, name), clearsMarks: false)), .groups(.loaded(try store.groups.groups()))]
            case .remove(let ids, let groupID, let name):
                let removed = try store.groups.remove(customers: ids, from: groupID)
                return [.groups(.changed(.removed(removed, name), clearsMarks: false)), .groups(.loaded(try store.groups.groups()))]
            case .setMembership(let id, let name, let joining, let leaving):
                for groupID in joining { try store.groups.add(customers: [id], to: groupID) }
                for groupID in leaving { try store.groups.remove(customers: [id], from: groupID) }
                return [.groups(.changed(.membershipSaved(name), clearsMarks: false)), .groups(.loaded(try store.groups.groups()))]
            case .setStatus(let ids, let status):
                for customer in try store.customers.customers(ids: ids) where customer.status != status {
                    var edited = customer
                    edited.status = status
                    _ = try store.customers.update(edited, customValues: [:], now: clock())
                }
                return [.groups(.changed(.statusSet(ids.count, status), clearsMarks: true))]
            }
        } catch StoreError.duplicateName(_, let name) {
            return [.groups(.refused(.nameTaken(name)))]
        } catch StoreError.invalid(let failure) {
            return [.groups(.refused(.invalid(failure.issues)))]
        } catch StoreError.notFound {
            return [.groups(.refused(.gone)), .groups(.loaded(try store.groups.groups()))]
        }
    }
}
