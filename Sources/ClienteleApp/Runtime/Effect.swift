import CustomerCore

/// Work for the edge: data, performed by `EffectRunner`, each answered by Msgs. Grouped by
/// feature; each group is performed by its `EffectRunner+Feature`.
/// "Ctrl-S in the form emits `.customerForm(.save(…))`" is a one-line test.
public enum Effect: Equatable, Sendable {
    case shell(ShellEffect)
    case directory(DirectoryEffect)
    case card(CardEffect)
    case customerForm(CustomerFormEffect)
    case importing(ImportEffect)
    case export(ExportEffect)
    case duplicates(DuplicatesEffect)
    case merge(MergeEffect)
    case notes(NotesEffect)
    case reminders(RemindersEffect)
    case documents(DocumentsEffect)
    case cardsOnFile(CardsOnFileEffect)
    case loyalty(LoyaltyEffect)
    case bookings(BookingsEffect)
    case payments(PaymentsEffect)
    case messages(MessagesEffect)
    case settings(SettingsEffect)
    case erasure(ErasureEffect)
    case customFields(CustomFieldsEffect)
    case groups(GroupsEffect)
}
