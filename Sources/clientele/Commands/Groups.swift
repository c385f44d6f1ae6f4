import ArgumentParser
import CustomerCore
import CustomerStore
import Foundation

/// `clientele groups`: the shop's manual groups (and the ones imports made) — list with member counts,
/// create, rename, delete (the customers stay), add and remove customers (PRODUCT §2).
struct Groups: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "Groups: list them with their member counts, create, rename, delete (the customers stay), add and remove customers.",
        discussion: """
            A group is named by its name, whatever its case. Its members are listed by `clientele find --group NAME`.
            Exit 0 done, 1 no such group or customer (nothing changed), 3 refused (a name taken, empty, too long or holding \
            a control character or a card number; delete without --yes), 64 bad usage, 4 a database problem.
            """,
        subcommands: [GroupsList.self, GroupsCreate.self, GroupsRename.self, GroupsDelete.self, GroupsAdd.self, GroupsRemove.self],
        defaultSubcommand: GroupsList.self)
}

/// `{"id", "name", "memberCount", "createdAt"}`.
struct GroupJSON: Encodable {
    let id: Int64
    let name: String
    let memberCount: Int
    let createdAt: Date

    init(_ group: CustomerGroup) {
        id = group.id ?? 0
        name = group.name
        memberCount = group.memberCount
        createdAt = group.createdAt
    }
}

extension CardWork {
    /// The group of this name (any case), or exit 1 naming it.
    static func group(named name: String, in store: any ClienteleStoring, command: String) throws -> CustomerGroup {
        guard let group = try run(command, { try store.groups.group(named: name) }) else {
            Stderr.print("clientele \(command): no group named “\(HumanText.clean(name))” (clientele groups lists them)")
            throw ExitStatus.notFound
        }
        return group
    }
}

struct GroupsList: StoreCommand {
    /// Only reads: a mistyped --db is refused (nothing created).
    var storeAccess: StoreAccess { .reads }
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Every group by name: id, name, member count.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print a JSON array: [{\"id\", \"name\", \"memberCount\", \"createdAt\"}].") var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let groups = try CardWork.run("groups") { try opened.groups.groups() }
        if json {
            print(try JSONOutput.string(groups.map(GroupJSON.init)))
            return
        }
        if groups.isEmpty { say("No groups yet: clientele groups create NAME.") }
        for group in groups {
            print(HumanText.row([String(group.id ?? 0), group.name, group.memberCount == 1 ? "1 member" : "\(group.memberCount) members"]))
        }
    }
}

struct GroupsCreate: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "create", abstract: "A new, empty group.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "Its name (unique whatever the case; up to 100 characters).") var name: String
    @Flag(help: "Print the group as JSON.") var json = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let group = try CardWork.run("groups create") { try opened.groups.create(name: name) }
        if json { print(try JSONOutput.string(GroupJSON(group))) } else { say("Created group “\(group.name)” (id \(group.id ?? 0)).") }
    }
}

struct GroupsRename: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(commandName: "rename", abstract: "Rename a group; its members stay.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The group's name now.") var old: String
    @Argument(help: "Its new name.") var new: String

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let group = try CardWork.group(named: old, in: opened, command: "groups rename")
        try CardWork.run("groups rename") { try opened.groups.rename(id: group.id!, to: new) }
        say("Renamed group “\(group.name)” to “\(CustomerGroup.normalizedName(new))”.")
    }
}

struct GroupsDelete: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a group (needs --yes); its customers stay in the directory.",
        discussion: "Without --yes it says how many members the group has and deletes nothing (exit 3).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The group's name.") var name: String
    @Flag(help: "Confirm: a script has no prompt to answer.") var yes = false

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let group = try CardWork.group(named: name, in: opened, command: "groups delete")
        let members = group.memberCount == 1 ? "1 member" : "\(group.memberCount) members"
        guard yes else {
            say("Group “\(group.name)” has \(members); deleting it keeps every customer.")
            Stderr.print("clientele groups delete: nothing was deleted; add --yes to delete group “\(group.name)”")
            throw ExitStatus.invalidData
        }
        try CardWork.run("groups delete") { try opened.groups.delete(id: group.id!) }
        say("Deleted group “\(group.name)”; its \(members) stay in the directory.")
    }
}

struct GroupsAdd: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add customers to a group (all or none: an unknown id changes nothing).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The group's name.") var name: String
    @Argument(help: "The customers' ids.") var ids: [Int64]

    func validate() throws { if ids.isEmpty { throw ValidationError("name at least one customer id") } }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let group = try CardWork.group(named: name, in: opened, command: "groups add")
        let added = try CardWork.run("groups add") { try opened.groups.add(customers: ids, to: group.id!) }
        let already = Set(ids).count - added
        say("Added \(added == 1 ? "1 customer" : "\(added) customers") to “\(group.name)”\(already > 0 ? " (\(already) already in it)" : "").")
    }
}

struct GroupsRemove: StoreCommand {
    /// Writes: a missing file is a new shop's database, created.
    var storeAccess: StoreAccess { .writes }
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove customers from a group; they stay in the directory.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The group's name.") var name: String
    @Argument(help: "The customers' ids.") var ids: [Int64]

    func validate() throws { if ids.isEmpty { throw ValidationError("name at least one customer id") } }

    func run() throws {
        let opened = try StoreOpener.open(store, for: self)
        let group = try CardWork.group(named: name, in: opened, command: "groups remove")
        let removed = try CardWork.run("groups remove") { try opened.groups.remove(customers: ids, from: group.id!) }
        let absent = Set(ids).count - removed
        say("Removed \(removed == 1 ? "1 customer" : "\(removed) customers") from “\(group.name)”\(absent > 0 ? " (\(absent) not in it)" : "").")
    }
}
