import CustomerCore
import TerminalCore

/// Reading and storing the shop's settings and loyalty program.
extension EffectRunner {
    func perform(_ effect: SettingsEffect) throws -> [Msg] {
        switch effect {
        case .load:
            return [.settings(.loaded(try values(), try store.loyalty.program()))]
        case .save(let key, let value):
            let current = try store.settings.value(.theme)
            switch SettingCheck.checked(key, value, themes: Theme.shippedNames + (current.map { [$0] } ?? [])) {
            case .success(let stored):
                try store.settings.set(key, to: stored)
                return [.settings(.saved(key)), .settings(.loaded(try values(), try store.loyalty.program()))]
            case .failure(let refusal):
                return [.settings(.refused(refusal))]
            }
        case .unset(let key):
            try store.settings.set(key, to: nil)
            return [.settings(.unset(key)), .settings(.loaded(try values(), try store.loyalty.program()))]
        case .saveProgram(let program):
            try store.loyalty.saveProgram(program)
            return [.settings(.programSaved), .settings(.loaded(try values(), try store.loyalty.program()))]
        }
    }

    func values() throws -> [SettingKey: String] {
        var values: [SettingKey: String] = [:]
        for key in SettingKey.allCases { values[key] = try store.settings.value(key) }
        return values
    }
}
