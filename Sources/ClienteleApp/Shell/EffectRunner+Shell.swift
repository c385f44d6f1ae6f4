import CustomerCore

/// The overview counts and demo customers.
extension EffectRunner {
    func perform(_ effect: ShellEffect) throws -> [Msg] {
        switch effect {
        case .loadOverview:
            let now = clock()
            return [.shell(.overviewLoaded(Overview(totalCustomers: try store.customers.count(), remindersDue: try store.notes.dueReminderCount(at: now),
                                                    groups: try store.groups.groups(), customFields: try store.customFields.definitions(),
                                                    reminderPresets: ReminderPreset.list(setting: try store.settings.value(.reminderPresets)),
                                                    currency: try store.settings.value(.currency) ?? Money.defaultCurrency(region: store.region))))]
        case .loadDemoCustomers(let count):
            let summary = try store.demo.load(count: count, seed: 42, now: clock())
            return [.shell(.demoCustomersLoaded(count: summary.customers))]
        case .quit:
            return []
        }
    }
}
