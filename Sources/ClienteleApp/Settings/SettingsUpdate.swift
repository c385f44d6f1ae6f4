import CustomerCore

/// Opening the settings screen, and the store's answers.
enum SettingsUpdate {
    /// F9, anywhere.
    static func open(_ state: inout AppState) -> [Effect] {
        if state.modals.first(SettingsState.self) == nil { state.modals.push(SettingsState()) }
        return [.settings(.load)]
    }

    static func receive(_ msg: SettingsMsg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .loaded(let values, let program):
            state.modals.update(SettingsState.self) { screen in
                screen.values = values
                screen.program = program
                screen.isLoading = false
            }
            return []
        case .saved(let key):
            state.modals.removeAll(SettingEditState.self)
            state.say(SettingsNote.saved(key))
            // The currency and the reminder presets are read with the overview.
            return [.shell(.loadOverview)]
        case .unset(let key):
            state.say(SettingsNote.unset(key))
            return [.shell(.loadOverview)]
        case .refused(let refusal):
            state.modals.update(SettingEditState.self) { editor in
                editor.refusal = refusal
                editor.isSaving = false
            }
            return []
        case .programSaved:
            state.modals.removeAll(LoyaltyProgramFormState.self)
            state.say(SettingsNote.programSaved)
            return CardUpdate.reload(state)
        }
    }
}

/// Status messages about the settings.
public enum SettingsNote: StatusNote {
    case saved(SettingKey)
    case unset(SettingKey)
    case programSaved

    public var isError: Bool { false }

    public var text: String {
        let words = AppText.current.settings
        switch self {
        case .saved(let key): return words.saved(words.label(key), key.appliesNextStart)
        case .unset(let key): return words.unsetDone(words.label(key))
        case .programSaved: return words.programSaved
        }
    }
}

extension SettingKey {
    /// Read when Clientele opens (the phone region, the language, the theme): a change shows from the next start.
    var appliesNextStart: Bool {
        switch self {
        case .region, .language, .theme: true
        case .currency, .mailCommand, .shopName, .shopEmail, .reminderPresets, .overdueReminderTemplate, .invitationTemplate, .chargeTemplate: false
        }
    }
}
