import CustomerCore

/// The words of the settings screen, one table per language.
struct SettingsText: Sendable {
    let title: String
    let intro: String
    let footer: String
    let label: @Sendable (SettingKey) -> String
    /// What applies while a setting is not set.
    let notSet: @Sendable (SettingKey) -> String
    let templateMore: String
    let languageName: @Sendable (InterfaceLanguage) -> String
    let loyaltyLabel: String
    let programSummary: @Sendable (LoyaltyProgram, String) -> String
    let noProgram: String
    /// What the value is and how it is written.
    let hint: @Sendable (SettingKey) -> String
    let subjectLabel: String
    let refusal: @Sendable (SettingRefusal) -> String
    let choiceFooter: String
    let editFooter: String
    let saved: @Sendable (String, Bool) -> String
    let unsetDone: @Sendable (String) -> String
    let programSaved: String
    /// name, rule, points, rewards
    let programFieldLabels: [String]
    let perVisit: String
    let perUnit: @Sendable (String) -> String
    let rewardsPlaceholder: String
    let programProblem: @Sendable (LoyaltyProgramProblem) -> String
    let programFooter: String
}

extension SettingsText {
    static let placeholders = MessageTemplate.Placeholder.allCases.map(\.token).joined(separator: " ")

    static let english = SettingsText(
        title: "Settings",
        intro: "Kept in the database: every counter on this directory shares them.",
        footer: "enter change · del remove · esc close",
        label: { key in
            switch key {
            case .shopName: "Shop name"
            case .shopEmail: "Shop email address"
            case .region: "Region (phone numbers)"
            case .currency: "Currency"
            case .language: "Interface language"
            case .theme: "Theme"
            case .mailCommand: "Mail command"
            case .reminderPresets: "Reminder presets"
            case .overdueReminderTemplate: "Overdue reminder"
            case .invitationTemplate: "Invitation to book"
            case .chargeTemplate: "Receipt after a charge"
            }
        },
        notSet: { key in
            switch key {
            case .region: "not set: the one Clientele was opened with"
            case .currency: "not set: the region's"
            case .language: "not set: from the computer's locale"
            case .theme: "not set: default"
            case .mailCommand: "not set: messages wait in the outbox"
            case .reminderPresets: "not set: 1d, 3d, 1w, 1m"
            case .overdueReminderTemplate, .invitationTemplate, .chargeTemplate: "not set: the standard message"
            case .shopName, .shopEmail: "not set"
            }
        },
        templateMore: "(and its text)",
        languageName: { language in
            switch language {
            case .en: "English"
            case .es: "Español"
            case .fr: "Français"
            }
        },
        loyaltyLabel: "Loyalty program",
        programSummary: { program, currency in
            let rule = switch program.accrual {
            case .perVisit(let points): "\(points) points per completed visit"
            case .perAmount(let points, _): "\(points) points per \(currency) spent"
            }
            return "\(program.name) · \(rule) · \(program.rewards.count == 1 ? "1 reward" : "\(program.rewards.count) rewards")"
        },
        noProgram: "none yet",
        hint: { key in
            switch key {
            case .shopName: "The name messages are signed with and sent from."
            case .shopEmail: "The address messages are sent from (name@example.com)."
            case .region: "A two-letter country code (US, FR, MX…): how phone numbers typed without +country are read. From the next start."
            case .currency: "A three-letter code (USD, EUR, MXN…) for payments and amounts due."
            case .language: "The interface's language on every counter (--lang still chooses for one run). From the next start."
            case .theme: "The colours (--theme still chooses for one run). From the next start."
            case .mailCommand: "A sendmail-compatible program and its arguments, e.g. msmtp or sendmail -i: given the message on stdin and the address as argument."
            case .reminderPresets: "The reminder choices, as codes separated by commas: 1d, 3d, 1w, 2w, 1m (days, weeks, months)."
            case .overdueReminderTemplate, .invitationTemplate, .chargeTemplate: "The subject and text of the message. Placeholders: \(SettingsText.placeholders)."
            }
        },
        subjectLabel: "Subject:",
        refusal: { refusal in
            switch refusal {
            case .empty: "Empty: to go back to the standard value, remove the setting (del)."
            case .controlCharacter: "The value holds a control character."
            case .sensitive(let problem): AppText.current.validationMessage(problem)
            case .unknownRegion(let value): "No region “\(value)”: a two-letter country code such as US, FR, ES, MX."
            case .notACurrency(let value): "“\(value)” is not a currency code in use: USD, EUR, MXN, GBP…"
            case .notAnAddress(let value): "“\(value)” does not look like an email address (name@example.com)."
            case .notAPreset(let bad): "“\(bad)” is not a preset: write codes such as 1d,3d,1w,2w,1m."
            case .template(let problem): "The template is not kept: \(problem)."
            case .unknownLanguage(let value): "No language “\(value)”: en, es or fr."
            case .unknownTheme(let value, _): "No theme “\(value)”."
            }
        },
        choiceFooter: "←/→ or ctrl+n choose · ctrl+s save · esc cancel",
        editFooter: "ctrl+s save · esc cancel",
        saved: { label, nextStart in nextStart ? "\(label) saved; it applies from the next start." : "\(label) saved." },
        unsetDone: { "\($0) removed: the standard value applies." },
        programSaved: "Loyalty program saved.",
        programFieldLabels: ["Name", "Rule", "Points", "Rewards (one per line: name = points)"],
        perVisit: "per completed visit",
        perUnit: { "per \($0) spent" },
        rewardsPlaceholder: "Free coffee = 100",
        programProblem: { problem in
            switch problem {
            case .name: "The program needs a name (and no card number in it)."
            case .points: "Points: a whole number above zero."
            case .reward(let bad):
                switch bad.kind {
                case .notAReward: "Line \(bad.line) (“\(bad.text)”) is not “name = points” with points above zero."
                case .twice: "Line \(bad.line): “\(bad.text)” names a reward already listed."
                case .sensitive: "Line \(bad.line) holds what looks like a card number."
                }
            }
        },
        programFooter: "ctrl+s save · tab next field · esc cancel")

    static let french = SettingsText(
        title: "Réglages",
        intro: "Gardés dans la base : tous les postes de ce répertoire les partagent.",
        footer: "entrée modifier · suppr retirer · échap fermer",
        label: { key in
            switch key {
            case .shopName: "Nom de la boutique"
            case .shopEmail: "Adresse e-mail de la boutique"
            case .region: "Région (téléphones)"
            case .currency: "Devise"
            case .language: "Langue de l’interface"
            case .theme: "Thème"
            case .mailCommand: "Commande de messagerie"
            case .reminderPresets: "Rappels proposés"
            case .overdueReminderTemplate: "Rappel de paiement"
            case .invitationTemplate: "Invitation à réserver"
            case .chargeTemplate: "Reçu après encaissement"
            }
        },
        notSet: { key in
            switch key {
            case .region: "non réglée : celle de l’ouverture"
            case .currency: "non réglée : celle de la région"
            case .language: "non réglée : celle de l’ordinateur"
            case .theme: "non réglé : default"
            case .mailCommand: "non réglée : les messages attendent dans la boîte d’envoi"
            case .reminderPresets: "non réglés : 1d, 3d, 1w, 1m"
            case .overdueReminderTemplate, .invitationTemplate, .chargeTemplate: "non réglé : le message standard"
            case .shopName, .shopEmail: "non réglé"
            }
        },
        templateMore: "(et son texte)",
        languageName: { language in
            switch language {
            case .en: "English"
            case .es: "Español"
            case .fr: "Français"
            }
        },
        loyaltyLabel: "Programme de fidélité",
        programSummary: { program, currency in
            let rule = switch program.accrual {
            case .perVisit(let points): "\(points) points par visite terminée"
            case .perAmount(let points, _): "\(points) points par \(currency) dépensé"
            }
            return "\(program.name) · \(rule) · \(program.rewards.count <= 1 ? "\(program.rewards.count) récompense" : "\(program.rewards.count) récompenses")"
        },
        noProgram: "aucun pour l’instant",
        hint: { key in
            switch key {
            case .shopName: "Le nom qui signe et envoie les messages."
            case .shopEmail: "L’adresse d’où partent les messages (nom@exemple.fr)."
            case .region: "Un code pays à deux lettres (FR, US, MX…) : comment lire un numéro tapé sans +indicatif. Au prochain démarrage."
            case .currency: "Un code à trois lettres (EUR, USD, MXN…) pour les paiements et les sommes dues."
            case .language: "La langue de l’interface sur tous les postes (--lang choisit encore pour une fois). Au prochain démarrage."
            case .theme: "Les couleurs (--theme choisit encore pour une fois). Au prochain démarrage."
            case .mailCommand: "Un programme compatible sendmail et ses arguments, p. ex. msmtp ou sendmail -i : il reçoit le message sur stdin et l’adresse en argument."
            case .reminderPresets: "Les choix de rappel, en codes séparés par des virgules : 1d, 3d, 1w, 2w, 1m (jours, semaines, mois)."
            case .overdueReminderTemplate, .invitationTemplate, .chargeTemplate: "L’objet et le texte du message. Repères : \(SettingsText.placeholders)."
            }
        },
        subjectLabel: "Objet :",
        refusal: { refusal in
            switch refusal {
            case .empty: "Vide : pour revenir à la valeur standard, retirez le réglage (suppr)."
            case .controlCharacter: "La valeur contient un caractère de contrôle."
            case .sensitive(let problem): AppText.current.validationMessage(problem)
            case .unknownRegion(let value): "Pas de région « \(value) » : un code pays à deux lettres comme FR, US, ES, MX."
            case .notACurrency(let value): "« \(value) » n’est pas un code de devise en usage : EUR, USD, MXN, GBP…"
            case .notAnAddress(let value): "« \(value) » ne ressemble pas à une adresse e-mail (nom@exemple.fr)."
            case .notAPreset(let bad): "« \(bad) » n’est pas un rappel proposé : écrivez des codes comme 1d,3d,1w,2w,1m."
            case .template(let problem): "Le modèle n’est pas gardé : \(problem)."
            case .unknownLanguage(let value): "Pas de langue « \(value) » : en, es ou fr."
            case .unknownTheme(let value, _): "Pas de thème « \(value) »."
            }
        },
        choiceFooter: "←/→ ou ctrl+n choisir · ctrl+s enregistrer · échap annuler",
        editFooter: "ctrl+s enregistrer · échap annuler",
        saved: { label, nextStart in nextStart ? "\(label) enregistré ; il s’applique au prochain démarrage." : "\(label) enregistré." },
        unsetDone: { "\($0) retiré : la valeur standard s’applique." },
        programSaved: "Programme de fidélité enregistré.",
        programFieldLabels: ["Nom", "Règle", "Points", "Récompenses (une par ligne : nom = points)"],
        perVisit: "par visite terminée",
        perUnit: { "par \($0) dépensé" },
        rewardsPlaceholder: "Café offert = 100",
        programProblem: { problem in
            switch problem {
            case .name: "Le programme a besoin d’un nom (sans numéro de carte)."
            case .points: "Points : un nombre entier au-dessus de zéro."
            case .reward(let bad):
                switch bad.kind {
                case .notAReward: "La ligne \(bad.line) (« \(bad.text) ») n’est pas « nom = points » avec des points au-dessus de zéro."
                case .twice: "Ligne \(bad.line) : « \(bad.text) » nomme une récompense déjà listée."
                case .sensitive: "La ligne \(bad.line) contient ce qui ressemble à un numéro de carte."
                }
            }
        },
        programFooter: "ctrl+s enregistrer · tab champ suivant · échap annuler")

    static let spanish = SettingsText(
        title: "Ajustes",
        intro: "Se guardan en la base de datos: todos los puestos de este directorio los comparten.",
        footer: "intro cambiar · supr quitar · esc cerrar",
        label: { key in
            switch key {
            case .shopName: "Nombre del negocio"
            case .shopEmail: "Email del negocio"
            case .region: "Región (teléfonos)"
            case .currency: "Moneda"
            case .language: "Idioma de la interfaz"
            case .theme: "Tema"
            case .mailCommand: "Comando de correo"
            case .reminderPresets: "Recordatorios propuestos"
            case .overdueReminderTemplate: "Recordatorio de pago"
            case .invitationTemplate: "Invitación a reservar"
            case .chargeTemplate: "Recibo tras un cobro"
            }
        },
        notSet: { key in
            switch key {
            case .region: "sin ajustar: la de la apertura"
            case .currency: "sin ajustar: la de la región"
            case .language: "sin ajustar: la del ordenador"
            case .theme: "sin ajustar: default"
            case .mailCommand: "sin ajustar: los mensajes esperan en la bandeja de salida"
            case .reminderPresets: "sin ajustar: 1d, 3d, 1w, 1m"
            case .overdueReminderTemplate, .invitationTemplate, .chargeTemplate: "sin ajustar: el mensaje estándar"
            case .shopName, .shopEmail: "sin ajustar"
            }
        },
        templateMore: "(y su texto)",
        languageName: { language in
            switch language {
            case .en: "English"
            case .es: "Español"
            case .fr: "Français"
            }
        },
        loyaltyLabel: "Programa de fidelidad",
        programSummary: { program, currency in
            let rule = switch program.accrual {
            case .perVisit(let points): "\(points) puntos por visita completada"
            case .perAmount(let points, _): "\(points) puntos por \(currency) gastado"
            }
            return "\(program.name) · \(rule) · \(program.rewards.count == 1 ? "1 recompensa" : "\(program.rewards.count) recompensas")"
        },
        noProgram: "ninguno todavía",
        hint: { key in
            switch key {
            case .shopName: "El nombre que firma y envía los mensajes."
            case .shopEmail: "La dirección desde la que salen los mensajes (nombre@ejemplo.es)."
            case .region: "Un código de país de dos letras (ES, MX, US…): cómo leer un número escrito sin +prefijo. Desde el próximo inicio."
            case .currency: "Un código de tres letras (EUR, MXN, USD…) para pagos e importes pendientes."
            case .language: "El idioma de la interfaz en todos los puestos (--lang elige aún para una vez). Desde el próximo inicio."
            case .theme: "Los colores (--theme elige aún para una vez). Desde el próximo inicio."
            case .mailCommand: "Un programa compatible con sendmail y sus argumentos, p. ej. msmtp o sendmail -i: recibe el mensaje por stdin y la dirección como argumento."
            case .reminderPresets: "Las opciones de recordatorio, en códigos separados por comas: 1d, 3d, 1w, 2w, 1m (días, semanas, meses)."
            case .overdueReminderTemplate, .invitationTemplate, .chargeTemplate: "El asunto y el texto del mensaje. Marcadores: \(SettingsText.placeholders)."
            }
        },
        subjectLabel: "Asunto:",
        refusal: { refusal in
            switch refusal {
            case .empty: "Vacío: para volver al valor estándar, quite el ajuste (supr)."
            case .controlCharacter: "El valor contiene un carácter de control."
            case .sensitive(let problem): AppText.current.validationMessage(problem)
            case .unknownRegion(let value): "No hay región «\(value)»: un código de país de dos letras como ES, MX, US, FR."
            case .notACurrency(let value): "«\(value)» no es un código de moneda en uso: EUR, MXN, USD, GBP…"
            case .notAnAddress(let value): "«\(value)» no parece un email (nombre@ejemplo.es)."
            case .notAPreset(let bad): "«\(bad)» no es un recordatorio propuesto: escriba códigos como 1d,3d,1w,2w,1m."
            case .template(let problem): "No se guarda la plantilla: \(problem)."
            case .unknownLanguage(let value): "No hay idioma «\(value)»: en, es o fr."
            case .unknownTheme(let value, _): "No hay tema «\(value)»."
            }
        },
        choiceFooter: "←/→ o ctrl+n elegir · ctrl+s guardar · esc cancelar",
        editFooter: "ctrl+s guardar · esc cancelar",
        saved: { label, nextStart in nextStart ? "\(label) guardado; se aplica desde el próximo inicio." : "\(label) guardado." },
        unsetDone: { "\($0) quitado: se aplica el valor estándar." },
        programSaved: "Programa de fidelidad guardado.",
        programFieldLabels: ["Nombre", "Regla", "Puntos", "Recompensas (una por línea: nombre = puntos)"],
        perVisit: "por visita completada",
        perUnit: { "por \($0) gastado" },
        rewardsPlaceholder: "Café gratis = 100",
        programProblem: { problem in
            switch problem {
            case .name: "El programa necesita un nombre (sin número de tarjeta)."
            case .points: "Puntos: un número entero mayor que cero."
            case .reward(let bad):
                switch bad.kind {
                case .notAReward: "La línea \(bad.line) («\(bad.text)») no es «nombre = puntos» con puntos mayores que cero."
                case .twice: "Línea \(bad.line): «\(bad.text)» nombra una recompensa ya listada."
                case .sensitive: "La línea \(bad.line) contiene algo que parece un número de tarjeta."
                }
            }
        },
        programFooter: "ctrl+s guardar · tab campo siguiente · esc cancelar")
}
