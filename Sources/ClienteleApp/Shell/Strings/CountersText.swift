import CustomerCore

/// The words of waiting for another counter, one table per language.
struct CountersText: Sendable {
    /// What is waited for (nil: another counter or program, unnamed), and how far it has gone.
    let waiting: @Sendable (CounterActivity.Operation?, Int?) -> String
    /// The server (`postgres://user@host:port/db`) cannot be reached; retried by itself.
    let offline: @Sendable (String) -> String
    /// The header's alert while offline.
    let offlineAlert: String
    let backOnline: String

    static let english = CountersText(
        waiting: { operation, percent in
            let progress = percent.map { " (\($0) %)" } ?? ""
            return switch operation {
            case .importing: "Waiting for an import at another counter\(progress); this goes on when it is done…"
            case .backingUp: "Waiting for a backup at another counter\(progress)…"
            case nil: "Waiting for another counter that is writing…"
            }
        },
        offline: { server in "Offline: \(server) does not answer — retrying every few seconds; nothing can be saved until it is back" },
        offlineAlert: "OFFLINE",
        backOnline: "Back online: the server answers again; everything shown was loaded again"
    )

    static let french = CountersText(
        waiting: { operation, percent in
            let progress = percent.map { " (\($0) %)" } ?? ""
            return switch operation {
            case .importing: "En attente d’une importation à un autre poste\(progress) ; la suite viendra ensuite…"
            case .backingUp: "En attente d’une sauvegarde à un autre poste\(progress)…"
            case nil: "En attente d’un autre poste qui écrit…"
            }
        },
        offline: { server in "Hors ligne : \(server) ne répond pas — nouvel essai toutes les quelques secondes ; rien ne peut être enregistré d’ici là" },
        offlineAlert: "HORS LIGNE",
        backOnline: "De retour en ligne : le serveur répond ; tout l’affichage a été rechargé"
    )

    static let spanish = CountersText(
        waiting: { operation, percent in
            let progress = percent.map { " (\($0) %)" } ?? ""
            return switch operation {
            case .importing: "Esperando una importación en otro puesto\(progress); seguirá cuando termine…"
            case .backingUp: "Esperando una copia de seguridad en otro puesto\(progress)…"
            case nil: "Esperando a otro puesto que está escribiendo…"
            }
        },
        offline: { server in "Sin conexión: \(server) no responde — se reintenta cada pocos segundos; no se puede guardar nada hasta que vuelva" },
        offlineAlert: "SIN CONEXIÓN",
        backOnline: "Conexión recuperada: el servidor responde; todo lo mostrado se ha vuelto a cargar"
    )
}
