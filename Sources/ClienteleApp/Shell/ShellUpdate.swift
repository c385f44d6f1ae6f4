import CustomerCore

/// The overview counts, the first-run welcome, demo customers and quitting.
enum ShellUpdate {
    static func receive(_ msg: ShellMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .overviewLoaded(let overview):
            state.totalCustomers = overview.totalCustomers
            state.remindersDue = overview.remindersDue
            state.directory.groups = overview.groups
            state.customFields = overview.customFields
            state.reminderPresets = overview.reminderPresets
            state.shopCurrency = overview.currency
            if !state.hasLoadedOnce {
                state.hasLoadedOnce = true
                if overview.totalCustomers == 0 && state.modals.isEmpty { state.modals.push(WelcomeModal()) }
            }
            return []
        case .demoCustomersLoaded(let count):
            state.say(ShellNote.demoLoaded(count))
            return [.shell(.loadOverview), DirectoryUpdate.reload(&state)]
        }
    }

    static func quit(_ state: inout AppState) -> [Effect] {
        state.isRunning = false
        return [.shell(.quit)]
    }

    static func loadDemo(_ state: inout AppState) -> [Effect] {
        state.say(ShellNote.loadingDemo)
        return [.shell(.loadDemoCustomers(count: 200))]
    }
}
