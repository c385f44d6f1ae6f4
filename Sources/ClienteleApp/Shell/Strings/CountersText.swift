import CustomerCore

/// The words of waiting for another counter, one table per language.
struct CountersText: Sendable {
    /// What is waited for (nil: another counter or program, unnamed), and how far it has gone.
    let waiting: @Sendable (CounterActivity.Operation?, Int?) -> String

    static let english = CountersText(
        waiting: { operation, percent in
            let progress = percent.map { " (\($0) %)" } ?? ""
            return switch operation {
            case .importing: "Waiting for an import at another counter\(progress); this goes on when it is done…"
            case .backingUp: "Waiting for a backup at another counter\(progress)…"
            case nil: "Waiting for another counter that is writing…"
            }
        }
    )

    static let french = CountersText(
        waiting: { operation, percent in
            let progress = percent.map { " (\($0) %)" } ?? ""
            return switch operation {
            case .importing: "En attente d’une importation à un autre poste\(progress) ; la suite viendra ensuite…"
            case .backingUp: "En attente d’une sauvegarde à un autre poste\(progress)…"
            case nil: "En attente d’un autre poste qui écrit…"
            }
        }
    )

    static let spanish = CountersText(
        waiting: { operation, percent in
            let progress = percent.map { " (\($0) %)" } ?? ""
            return switch operation {
            case .importing: "Esperando una importación en otro puesto\(progress); seguirá cuando termine…"
            case .backingUp: "Esperando una copia de seguridad en otro puesto\(progress)…"
            case nil: "Esperando a otro puesto que está escribiendo…"
            }
        }
    )
}
