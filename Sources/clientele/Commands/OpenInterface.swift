import ArgumentParser
import CustomerStore
import Foundation

/// Bare `clientele`: the full-screen directory.
struct OpenInterface: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open the full-screen directory (the default).")

    @OptionGroup var store: StoreOptions

    @Option(help: "Colour theme: default, high-contrast, dark or monochrome.")
    var theme: String?

    func run() throws {
        let opened = try StoreOpener.open(store)
        let count = (try? opened.customers.count()) ?? 0
        print("The full-screen interface is not built yet. The database at \(StoreLocation.databasePath(option: store.db)) holds \(count) customers; try `clientele find`.")
    }
}
