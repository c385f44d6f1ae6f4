import Foundation
import CustomerCore
import TerminalCore

extension AppText {
    /// The interface in French, as said at a salon's or clinic's front desk (vous; "rendez-vous").
    static let french = AppText(
        appName: "Clientele",
        searchPlaceholder: "tapez un nom, un e-mail ou un numéro de téléphone",
        customerGone: "Ce client n'existe plus (supprimé à un autre poste).",
        noGroups: "Aucun groupe pour l'instant.",
        loadingDemo: "Ajout des clients de démonstration…",
        discardTitle: "Abandonner les modifications ?",
        discardMessage: "Vous avez modifié ce formulaire. Le fermer et perdre les modifications ?",
        noMatches: "Aucun client ne correspond.",
        emptyDirectory: "Le répertoire est vide.",
        loading: "Chargement…",
        welcomeTitle: "Bienvenue dans Clientele",
        welcomeLines: [
            "Votre répertoire de clients est vide.",
            "",
            "  d   ajouter 200 clients de démonstration",
            "      (notes, rendez-vous, paiements, fidélité…)",
            "  n   ajouter votre premier client",
            "  esc commencer avec un répertoire vide",
            "",
            "  i   importer une liste de Square, Mailchimp,",
            "      Constant Contact ou d'un tableur (CSV)",
        ],
        directoryTitle: "Clients",
        searchLabel: "Rechercher ",
        columnName: "Nom",
        columnPhone: "Téléphone",
        columnEmail: "E-mail",
        columnCompany: "Société",
        columnAdded: "Ajouté",
        columnLastActivity: "Activité",
        sortFooter: { "tri : \(frenchSort($0))" },
        filterFooter: { "filtre : \($0)" },
        today: "aujourd'hui",
        yesterday: "hier",
        daysAgo: { "il y a \($0) jours" },
        filterWords: { filter, groups in
            var parts: [String] = []
            if let status = filter.status { parts.append("statut \(DomainWords.french.status(status).lowercased())") }
            if let groupID = filter.groupID { parts.append("groupe « \(groups.first { $0.id == groupID }?.name ?? "#\(groupID)") »") }
            if let subscription = filter.emailSubscription { parts.append("e-mail \(DomainWords.french.subscription(subscription).lowercased())") }
            if filter.loyaltyMembersOnly { parts.append("membres fidélité") }
            if filter.remindersDueOnly { parts.append("rappels à faire") }
            if filter.overduePaymentsOnly { parts.append("paiements en retard") }
            if let from = filter.createdFrom { parts.append("ajoutés depuis le \(DateText.short(from))") }
            if let before = filter.createdBefore { parts.append("ajoutés avant le \(DateText.short(before))") }
            if let ids = filter.customerIDs { parts.append(GroupsText.french.markedScope(ids.count)) }
            return parts.joined(separator: ", ")
        },
        customers: { CountedNoun.fr($0, "client", "clients") },
        remindersDue: { $0 == 1 ? "1 rappel à faire" : "\($0) rappels à faire" },
        remindersDueShort: { "\($0.formatted()) rappels" },
        showing: { shown, total, truncated in
            truncated ? "\(shown.formatted()) premiers résultats — continuez à taper" : "\(shown.formatted()) sur \(total.formatted())"
        },
        sortedBy: { "Trié par \(frenchSort($0))." },
        scopeTitle: { scope in
            switch scope {
            case .settings: "Réglages"
            case .settingEdit: "Modifier un réglage"
            case .loyaltyProgramForm: "Programme de fidélité"
            case .groups: "Groupes"
            case .filterPicker: "Filtres"
            case .markedActions: "Clients marqués"
            case .quickActions: "Actions rapides"
            case .chargeForm: "Encaisser un rendez-vous"
            case .messageCompose: "Rédiger un message"
            case .outbox: "Boîte d’envoi"
            case .customFields: "Champs personnalisés"
            case .customFieldForm: "Formulaire de champ"
            case .loyalty: "Fidélité"
            case .loyaltyAdjust: "Ajuster les points"
            case .cardsOnFile: "Cartes enregistrées"
            case .cardForm: "Fiche de carte"
            case .noteEditor: "Éditeur de note"
            case .reminders: "Rappels"
            case .snooze: "Reporter"
            case .documentPrompt: "Document à joindre ou copier"
            case .documentPreview: "Aperçu du document"
            case .bookingForm: "Formulaire de rendez-vous"
            case .daysBookings: "Les rendez-vous du jour"
            case .paymentForm: "Formulaire de paiement"
            case .global: "Partout"
            case .directory: "Répertoire"
            case .card: "Fiche client"
            case .form: "Formulaire client"
            case .confirm: "Confirmation"
            case .help: "Aide"
            case .welcome: "Accueil"
            case .importWizard: "Assistant d'import"
            case .exportDialog: "Export"
            case .duplicateReview: "Revue des doublons"
            case .ignoredPairs: "Paires ignorées"
            case .mergeReview: "Revue de la fusion"
            case .mergePicker: "Fusionner avec…"
            }
        },
        keyHelp: frenchKeyHelp,
        keyShortHint: frenchKeyShortHint,

        exporting: "Export en cours…",
        exportWholeDirectory: "tout le répertoire",
        exportCurrentFilter: { "le filtre actuel : \($0)" },
        exported: { count, path in "\(CountedNoun.fr(count, "client exporté", "clients exportés")) vers \(path)." },
        importDone: { report in
            "\(CountedNoun.fr(report.imported, "client importé", "clients importés"))\(report.groupName.map { " dans « \($0) »" } ?? "") ; "
                + "\(CountedNoun.fr(report.rejectedRows, "ligne refusée", "lignes refusées"))."
        },
        fixFields: { $0 == 1 ? "1 champ à corriger." : "\($0) champs à corriger." },
        demoLoaded: { "\(CountedNoun.fr($0, "client de démonstration ajouté", "clients de démonstration ajoutés"))." },
        created: { "\($0) ajouté." },
        saved: { "\($0) enregistré." },
        conflict: { changes in
            let what = changes.isEmpty ? "aucun champ ne diffère" : changes.joined(separator: ", ")
            return "Modifié à un autre poste depuis l'ouverture — désormais \(what). Ctrl-S enregistre votre version par-dessus ; Échap abandonne la vôtre."
        },
        noSuchFile: { "Le fichier \($0) n'existe pas." },
        isAFolder: { "\($0) est un dossier ; choisissez-y un fichier CSV (tab complète)." },
        cannotWrite: { "Impossible d'écrire \($0)." },

        fieldLabel: { field in
            switch field {
            case .givenName: "Prénom"
            case .familyName: "Nom"
            case .nickname: "Surnom"
            case .companyName: "Société"
            case .emailAddress: "E-mail"
            case .phoneNumber: "Téléphone"
            case .addressLine1: "Adresse 1"
            case .addressLine2: "Adresse 2"
            case .locality: "Ville"
            case .region: "Région/État"
            case .postalCode: "Code postal"
            case .country: "Pays"
            case .birthday: "Anniversaire"
            case .referenceID: "Référence"
            case .memo: "Mémo"
            case .emailSubscription: "Abonnement e-mail"
            case .status: "Statut"
            }
        },
        loyaltyPhoneLabel: "Tél. fidélité",
        targetOneCellAddress: "Adresse (une cellule)",
        targetCustomField: { "Champ personnalisé « \($0) »" },
        targetMemo: "Ajouter au mémo",
        targetIgnore: "Ignorer",
        tabTitle: { tab in
            switch tab {
            case .main: "Résumé"
            case .info: "Infos"
            case .bookings: "Rendez-vous"
            case .payments: "Paiements"
            case .documents: "Documents"
            case .conversations: "Échanges"
            }
        },
        fieldStatus: "Statut",
        fieldPhone: "Téléphone",
        fieldEmail: "E-mail",
        fieldGroups: "Groupes",
        fieldLoyalty: "Fidélité",
        loyaltyPoints: { balance, phone in "\(balance) points (\(phone))" },
        notEnrolled: "non inscrit",
        fieldNextBooking: "Prochain RDV",
        nextBooking: { when, service, staff in "\(when) · \(service)\(staff.isEmpty ? "" : " avec \(staff)")" },
        noneScheduled: "aucun de prévu",
        fieldOverdue: "En retard",
        nothingOverdue: "rien",
        fieldSavedCards: "Cartes",
        noSavedCards: "aucune",
        savedCard: { masked, expiry in "\(masked) exp. \(expiry)" },
        remindersDueHeading: { "Rappels à faire (\($0))" },
        notesHeading: { "Notes (\($0))" },
        noNotes: "Aucune note pour l'instant.",
        reminderDone: " · rappel fait",
        reminderAt: { " · rappel \($0)" },
        loyaltyActivity: "Historique fidélité",
        noLoyaltyActivity: "Aucun mouvement de fidélité.",
        profileHeading: "Profil",
        fieldCreationSource: "Origine",
        fieldCreated: "Créé le",
        fieldUpdated: "Modifié le",
        fieldVersion: "Version",
        memoHeading: "Mémo",
        noMemo: "Pas de mémo.",
        customFieldsHeading: "Champs personnalisés",
        noCustomFields: "Aucun champ personnalisé défini : F7 en ajoute un.",
        editEveryField: "ctrl+e modifie tous les champs ; F7 ajoute, change ou ordonne les champs personnalisés.",
        noBookings: "Aucun rendez-vous pour l'instant.",
        minutes: { "\($0) min" },
        upcomingHeading: { "À venir (\($0))" },
        nothingScheduled: "Rien de prévu.",
        pastHeading: { "Passés (\($0))" },
        noPastAppointments: "Aucun rendez-vous passé.",
        noPayments: "Aucun paiement ni montant dû.",
        overdueLine: { "En retard : \($0)" },
        paymentColumns: ["Date", "Statut", "Montant", "Échéance", "Moyen", "Référence"],
        noDocuments: "Aucun document. PDF, JPEG, GIF ou PNG, 20 Mo maximum chacun, 100 par client.",
        documentsHeading: { count, limit in "\(count) documents sur \(limit)" },
        noteEvent: "Note",
        paymentEvent: { status, amount in "Paiement \(status) · \(amount)" },
        bookingEvent: { status, service in "Rendez-vous \(status) · \(service)" },
        noConversations: "Aucun échange pour l'instant.",
        scrollMarker: { first, last, count in "\(first)–\(last) sur \(count) ↓↑" },

        newCustomerTitle: "Nouveau client",
        editTitle: { "Modifier \($0)" },
        birthdayHint: "MM-JJ ou AAAA-MM-JJ",
        phoneHint: "tout format ; le pays de la boutique est supposé",
        emailHint: "nom@exemple.fr",
        dateHint: "AAAA-MM-JJ",
        numberHint: "un nombre",
        phoneNumberHint: "numéro de téléphone",
        formFooter: "ctrl+s enregistrer · tab/↓ suivant · ctrl+n choisir · esc annuler",
        saving: "Enregistrement…",
        yesNoAnswers: "y oui    n non",
        helpTitle: { "Touches — \($0)" },
        escClose: "esc fermer",

        importFilePrompt: "Le fichier CSV à importer (Square, Mailchimp, Constant Contact ou tout tableur) :",
        readAs: { encoding, separator, columns in "Lu en \(encoding), séparé par \(separator) ; \(columns) colonnes." },
        tabsSeparator: "des tabulations",
        mappingExplanation: "Chaque colonne va dans le champ de droite : ↑↓ choisir une colonne, ←→ changer sa destination.",
        columnHeader: "Colonne",
        firstRowsHeader: "Premières lignes",
        goesToHeader: "Va dans",
        groupPrompt: "Mettre les clients importés dans :",
        newGroupLabel: "Un nouveau groupe : ",
        noGroup: "Aucun groupe",
        importTransactionNote: "Entrée importe tout en une seule transaction : interrompu en route, rien n'est gardé.",
        cancelling: "Annulation — rien ne sera gardé…",
        importingFile: { "Import de \($0)…" },
        importProgress: { rows, perSecond in "\(rows.formatted()) lignes · \(perSecond.formatted()) lignes/s" },
        escCancels: "Échap annule ; le répertoire reste exactement tel qu'il était.",
        importCancelled: "Annulé. Rien n'a été importé ; le répertoire est tel qu'il était.",
        importStopped: "L'import s'est arrêté : rien n'a été importé.",
        importedIn: { report, seconds in
            "\(CountedNoun.fr(report.imported, "client importé", "clients importés"))\(report.groupName.map { " dans « \($0) »" } ?? "") en \(seconds) s."
        },
        importRejectedAndDuplicates: { rejected, duplicates in
            "\(CountedNoun.fr(rejected, "ligne refusée", "lignes refusées")) · "
                + (duplicates < 2 ? "\(duplicates) nouveau profil ressemble à un doublon" : "\(duplicates.formatted()) nouveaux profils ressemblent à des doublons")
        },
        rejectsFile: { "Les lignes refusées, avec le motif, sont dans \($0) — corrigez-le et importez-le à nouveau." },
        importTitleFile: "Import · 1 sur 5 · fichier",
        importTitleColumns: "Import · 2 sur 5 · colonnes",
        importTitleGroup: "Import · 3 sur 5 · groupe",
        importTitleImporting: "Import · 5 sur 5 · import",
        importTitleSummary: "Import · bilan",
        importFooterFile: "entrée lire le fichier · tab compléter · esc fermer",
        importFooterMapping: "↑↓ colonne · ←→ destination · entrée suivant · esc retour",
        importFooterGroup: "↑↓ choisir · tapez le nom du nouveau groupe · entrée suivant · esc retour",
        importFooterImporting: "esc annuler",
        importFooterFinished: "entrée fermer",
        exportTitle: "Export",
        exportFormatRow: "Format",
        exportCustomersRow: "Clients",
        exportFileRow: "Fichier",
        exportFooter: "tab suivant · ←→ changer · entrée exporter · esc fermer",
        exportFormatLabel: { format in
            switch format {
            case .csv: "CSV (colonnes de Square)"
            case .vcard: "vCard 4.0"
            case .json: "JSON"
            }
        },

        possibleDuplicates: {
            $0 == 1 ? "1 doublon possible — ctrl+d pour le revoir" : "\($0.formatted()) doublons possibles — ctrl+d pour les revoir"
        },
        possibleDuplicatesShort: { $0 == 1 ? "1 doublon (ctrl+d)" : "\($0.formatted()) doublons (ctrl+d)" },
        duplicateReviewTitle: "Doublons possibles",
        scanningDuplicates: "Recherche des doublons…",
        noDuplicates: "Aucun doublon possible : chaque profil semble être une personne différente.",
        loadingProfiles: "Chargement des profils…",
        kindLabel: { $0 == .exact ? "exact   " : "possible" },
        clusterSummary: { kind, profiles, reason in "\(kind) · \(profiles) profils · \(reason)" },
        reason: { "Pourquoi : \($0.reason)" },
        moreProfiles: { "+\($0) de plus (fusionnés l'un après l'autre)" },
        duplicateReviewFooter: "↑↓ suggestion · m fusionner · i ignorer · A tout fusionner · esc fermer",
        suggestionPosition: { index, count in "\(index + 1) sur \(count)" },
        profileName: "Nom",
        profileEmail: "E-mail",
        profilePhone: "Téléphone",
        profileAddress: "Adresse",
        profileCompany: "Société",
        profileReference: "Référence",
        profileCreated: "Créé le",
        profileNotes: "Notes",
        profileDocuments: "Documents",
        profileBookings: "Rendez-vous",
        profilePayments: "Paiements",
        profilePoints: "Points",
        profileGroups: "Groupes",
        ignored: { "Ignoré : ces \($0.customerIDs.count) profils ne seront plus suggérés." },
        mergeAllTitle: "Fusionner tous les doublons exacts ?",
        mergeAllMessage: { profiles, survivors in
            "Fusionner \(profiles.formatted()) profils en \(survivors.formatted()) ? Chacun garde le profil le plus ancien et son id ; chaque fusion peut être annulée depuis la fiche."
        },
        noExactDuplicates: "Aucun doublon exact (même e-mail ou téléphone) à fusionner.",
        mergingAll: "Fusion en cours…",
        mergedAll: { profiles, survivors, skipped in
            "\(profiles.formatted()) profils fusionnés en \(survivors.formatted())."
                + (skipped == 0 ? "" : " \(skipped.formatted()) restent à fusionner un par un (plus de 100 documents, ou modifiés entre-temps).")
        },
        mergeReviewTitle: "Revue de la fusion",
        mergeHeading: { survivor, survivorID, absorbed, absorbedID in
            "\(absorbed) (#\(absorbedID)) est fusionné dans \(survivor) (#\(survivorID)), qui garde son id."
        },
        mergeField: "Champ",
        survivorColumn: { "Gardé (#\($0))" },
        absorbedColumn: { "Fusionné (#\($0))" },
        mergeCombines: "Tout le reste (notes, documents, rendez-vous, paiements, points…) est regroupé.",
        mergeNoFields: "Les deux profils sont vides, à part leur nom.",
        mergeApplying: "Fusion en cours…",
        mergeReviewFooter: "↑↓ champ · ←→ gauche/droite · s inverser · ctrl+s fusionner · esc annuler",
        mergeConflicted: "Modifié à un autre poste depuis l'ouverture de cette revue : les valeurs sont rechargées ; vérifiez-les et fusionnez à nouveau.",
        mergeOverflowDeclined: "Pas de fusion : la question des documents a été refusée.",
        overflowTitle: "Trop de documents",
        overflowMessage: { plan in
            let total = (plan.survivorAttachmentCount + plan.absorbedAttachmentCount).formatted()
            let limit = AttachmentRules.maximumFilesPerCustomer
            return "À eux deux, ils ont \(total) documents ; un profil en garde \(limit). Garder les \(limit) plus récents ? Les \(plan.attachmentsOverLimit.formatted()) autres restent dans l'historique de la fusion et reviennent si on l'annule."
        },
        mergeRefused: { "Pas de fusion : \($0)." },
        merged: { record, survivor in "\(record.absorbedName) (#\(record.absorbedID)) fusionné dans \(survivor) (#\(record.survivorID))." },
        mergePickerTitle: { "Fusionner \($0) avec…" },
        mergePickerPrompt: "Rechercher ",
        mergePickerPlaceholder: "nom, e-mail ou téléphone de l'autre profil",
        mergePickerHint: "Le profil choisi est fusionné dans celui-ci ; vous revoyez chaque champ avant.",
        mergePickerNoMatches: "Aucun autre profil ne correspond.",
        mergePickerFooter: "tapez pour chercher · ↑↓ choisir · entrée revoir la fusion · esc fermer",
        undoMergeTitle: "Annuler la fusion ?",
        undoMergeMessage: { record in
            "Annuler la fusion de \(record.absorbedName) (\(DateText.short(record.createdAt))) ? Les deux profils reviennent tels qu'ils étaient ; ce qui a été ajouté depuis reste ici."
        },
        nothingToUndo: "Aucune fusion à annuler sur ce profil.",
        mergeUndone: { "Fusion annulée : \($0.absorbedName) est de nouveau un profil à part." },
        mergedFrom: { record, undoable in
            "Fusionné depuis : \(record.absorbedName) le \(DateText.short(record.createdAt))" + (undoable ? " — u pour annuler" : "")
        },
        openCardFirst: "Ouvrez d'abord la fiche d'un client.",
        mergeProfileGone: "un des profils a été supprimé ou fusionné à un autre poste",
        reviewImportedDuplicates: " — ctrl+d pour les revoir",
        importSummaryFooterWithDuplicates: "entrée fermer · D revoir les doublons",
        undoRefused: { "Pas annulé : \($0)." },
        overflowAnswers: "y garder les plus récents et fusionner    n retour",
        discardMergeTitle: "Abandonner les choix de fusion ?",
        discardMergeMessage: "Vous avez changé les valeurs gardées. Fermer la revue sans rien fusionner ?",
        words: .french,
        helpScroll: { "lignes \($0)–\($1) sur \($2) · ↓↑ défiler" },
        exportNoFolder: { "Il n'y a pas de dossier pour \($0)." },
        exportOverwriteTitle: "Remplacer le fichier ?",
        exportOverwriteMessage: { "\($0) existe déjà. Le remplacer par cet export ?" },
        ignoredPairsTitle: "Paires ignorées (pas des doublons)",
        noIgnoredPairs: "Aucune paire ignorée.",
        ignoredPairsFooter: "↑↓ choisir · u proposer à nouveau · échap fermer",
        suggestedAgain: { "\($0) : seront proposés à nouveau tant qu'ils se ressemblent." },
        groupNameTaken: { "Un groupe « \($0) » existe déjà : choisissez-le ci-dessous pour y ajouter, ou tapez un autre nom." },
        manyCustomFieldsQuestion: { "Ce fichier ajouterait \($0.formatted()) champs personnalisés, un par colonne. Les créer tous ?" },
        manyCustomFieldsHint: "Non revient en arrière : envoyez les colonnes inutiles vers la note ou « ignorer » à l'étape des colonnes.",
        importTitleOptions: "Import · 4 sur 5 · vérification",
        importFooterOptions: "↑↓ choisir · ←→ changer · entrée importer · échap retour",
        importOptionsPrompt: "Avant d'importer, vérifiez comment les lignes sont lues :",
        countryName: { Locale(identifier: "fr_FR").localizedString(forRegionCode: $0) ?? $0 },
        countryWithCode: { name, code in "\(name) (+\(code))" },
        shopsCountry: "le pays de la boutique",
        phoneRegionLabel: "Les numéros sans indicatif pays sont lus comme de",
        phoneRegionQuestion: { guess, country, shop in
            "\(guess.readable) numéros sur \(guess.sampled) ressemblent à des numéros de \(country) (+\(guess.countryCode)), \(guess.readableInShopRegion) à des numéros de \(shop) : les lire comme de \(country) ?"
        },
        unreadablePhoneLabel: "Une ligne dont le téléphone est illisible est",
        refuseUnreadablePhoneChoice: "refusée, et listée dans le fichier des rejets",
        keepUnreadablePhoneChoice: "gardée, le numéro déplacé dans le mémo",
        importRunLabel: "Lancer",
        importForRealChoice: "l'import",
        dryRunChoice: "un essai : tout vérifier, ne rien enregistrer",
        dryRunNote: "Entrée vérifie chaque ligne comme un import ; rien n'est enregistré.",
        dryRunDone: { report in
            "Essai : \(CountedNoun.fr(report.imported, "client serait importé", "clients seraient importés"))\(report.groupName.map { " dans « \($0) »" } ?? "") ; rien n'a été enregistré."
        },
        importFooterDryRun: "entrée retour, pour importer pour de bon · échap fermer",
        reminderPresetPhrase: { preset in
            switch (preset.unit, preset.amount) {
            case (.day, 1): "demain"
            case (.week, 1): "la semaine prochaine"
            case (.month, 1): "le mois prochain"
            case (.day, let n): "dans \(n) jours"
            case (.week, let n): "dans \(n) semaines"
            case (.month, let n): "dans \(n) mois"
            }
        },
        noteSaved: { when in when.map { "Note enregistrée ; rappel le \($0)." } ?? "Note enregistrée." },
        notePinned: "Note épinglée : elle reste en haut.",
        noteUnpinned: "Note désépinglée.",
        noteDeleted: "Note supprimée.",
        noNoteSelected: "Aucune note choisie : ctrl+a en ajoute une.",
        deleteNoteTitle: "Supprimer cette note ?",
        deleteNoteMessage: { "« \($0) » — supprimée pour de bon, avec son rappel." },
        discardNoteTitle: "Abandonner cette note ?",
        discardNoteMessage: "Ce que vous avez tapé n'est pas enregistré.",
        newNoteTitle: { "Nouvelle note — \($0)" },
        editNoteTitle: { "Modifier la note — \($0)" },
        notePlaceholder: "Tapez la note ; entrée commence une nouvelle ligne.",
        reminderLabel: "Me rappeler :",
        noReminderPlaceholder: "pas de rappel",
        reminderNotUnderstood: { problem in
            switch problem {
            case .empty: "Dites quand : un préréglage (ctrl+n) ou une date comme 2026-12-03 10:00, 3/12 10h, demain 9h."
            case .unreadable(let words): "« \(words) » n'est pas une heure que je sais lire : essayez 2026-12-03 10:00, 3/12 10h ou demain 9h."
            }
        },
        reminderPresetsHint: { "ctrl+n : \($0) · ou tapez une date et une heure" },
        pinnedLabel: "Épinglée (reste en haut des notes)",
        noteEditorFooter: "ctrl+s enregistrer · tab champ suivant · ctrl+n rappel · échap annuler",
        noteEditedAt: { " · modifiée le \($0)" },
        noteEditedEvent: "Note modifiée",
        reminderDoneEvent: "Rappel traité",
        remindersDueKey: { ($0 < 2 ? "\($0) rappel à traiter" : "\($0.formatted()) rappels à traiter") + " (ctrl+r)" },
        reminderMarkedDone: "Rappel traité.",
        reminderSnoozed: { "Rappel reporté au \($0)." },
        noOpenReminder: "Cette note n'a pas de rappel en cours.",
        remindersTitle: { due, total in "Rappels · \(due.formatted()) à traiter · \(total.formatted()) en cours" },
        noOpenReminders: "Aucun rappel en cours. Le rappel d'une note se règle dans la note (ctrl+a sur une fiche).",
        remindersFooter: "entrée ouvrir la fiche · d traité · s reporter · échap fermer",
        remindersColumns: ["", "Quand", "Client", "Note"],
        dueWord: "dû",
        upcomingWord: "plus tard",
        moreReminders: { "… et \($0.formatted()) autres plus tard (traitez-en pour les voir)" },
        snoozeTitle: { "Reporter — \($0)" },
        snoozeUntil: "Jusqu'à :",
        snoozeFooter: "entrée reporter · ↓↑ préréglages · échap annuler",
        attachTitle: "Joindre un document",
        attachPrompt: "Le fichier à joindre (PDF, JPEG, GIF ou PNG, 20 Mo au plus ; tab complète le nom) :",
        renameDocumentTitle: { "Renommer « \($0) »" },
        renamePrompt: "Le nouveau nom du document :",
        saveCopyTitle: { "Enregistrer une copie de « \($0) »" },
        saveCopyPrompt: "Le dossier où enregistrer la copie (tab complète le nom) :",
        working: "En cours…",
        pathPromptFooter: "entrée valider · tab compléter · échap annuler",
        namePromptFooter: "entrée renommer · échap annuler",
        pixelSize: { width, height in "\(width)×\(height) px" },
        pageCount: { $0 < 2 ? "\($0) page" : "\($0) pages" },
        addedOn: { "ajouté le \($0)" },
        previewEmpty: "(rien à montrer sur la première page)",
        previewNeedsPackage: { tool, package in "Installez \(package) pour en voir plus ici (\(tool) l'affiche dans le terminal) : scripts/install-deps le fait." },
        previewFailed: { "L'aperçu n'a pas pu être fait : \($0)" },
        previewFooter: "↑↓ défiler · échap fermer",
        documentAttached: { "« \($0) » joint." },
        documentRenamed: { "Renommé en « \($0) »." },
        documentExported: { "Copie enregistrée : \($0)." },
        documentDeleted: { "« \($0) » supprimé." },
        noDocumentSelected: "Aucun document choisi : ctrl+a en joint un.",
        deleteDocumentTitle: "Supprimer ce document ?",
        deleteDocumentMessage: { "« \($0) » est retiré de cette fiche pour de bon." },
        itemKeyElsewhere: { place in
            switch place {
            case .documentsTab: "Cette touche agit dans l'onglet Documents (alt+5)."
            case .notes: "Cette touche agit sur une note, dans l'onglet Résumé (alt+1)."
            case .notesAndDocuments: "Cette touche agit sur les notes de l'onglet Résumé (alt+1) et dans l'onglet Documents (alt+5)."
            }
        },
        attachmentRefusal: { refusal in
            switch refusal {
            case .tooLarge(let name, let bytes, let content): "« \(name) » (\(frenchContentKind(content))) fait \(ByteCountText.format(bytes)) ; un document fait au plus 20 Mo"
            case .unsupportedType(let name, let content, let bytes):
                "« \(name) » est \(frenchContentKind(content)) de \(ByteCountText.format(bytes)), pas un PDF, JPEG, GIF ou PNG (vérifié d'après son contenu)"
            case .empty(let name): "« \(name) » est vide"
            case .tooManyFiles(let existing): "cette fiche a déjà \(existing) documents ; la limite est \(AttachmentRules.maximumFilesPerCustomer)"
            case .badName(let name): "« \(name) » n'est pas un nom de fichier utilisable"
            }
        },
        cardAdded: { "\($0) enregistrée." },
        cardUnlinked: { "\($0) dissociée." },
        authorizationWritten: { "Le formulaire d'autorisation est dans \($0) : imprimez-le, faites-le signer et joignez la copie signée dans Documents." },
        unlinkCardTitle: "Dissocier cette carte ?",
        unlinkCardMessage: { "\($0) est retirée de cette fiche ; les paiements passés gardent leur trace." },
        discardCardTitle: "Abandonner cette carte ?",
        discardCardMessage: "Rien n'est enregistré ; le numéro tapé est oublié.",
        cardsOnFileTitle: { "Cartes enregistrées — \($0)" },
        cardsOnFileExplanation: "Clientele note les cartes (réseau, quatre derniers chiffres, expiration) avec l'autorisation écrite du client ; il ne garde jamais le numéro et n'encaisse aucun paiement.",
        noSavedCardsYet: "Aucune carte enregistrée : a en note une.",
        expiredMark: "(expirée)",
        cardsOnFileFooter: "a ajouter · u dissocier · p formulaire d'autorisation · échap fermer",
        cardFormTitle: { "Enregistrer une carte — \($0)" },
        cardholderLabel: "Titulaire",
        cardNumberLabel: "Numéro de carte",
        cardExpiryLabel: "Expiration",
        billingPostalLabel: "Code postal",
        authorizationLabel: "L'autorisation écrite du client de garder et débiter cette carte est en dossier (espace)",
        cardFormProblem: { problem in
            switch problem {
            case .notACardNumber: "Le numéro de carte n'est pas valide (13 à 19 chiffres qui passent le contrôle de Luhn)."
            case .expiryUnreadable: "Écrivez l'expiration sous la forme MM/AA."
            case .expired(let expiry): "Cette carte a expiré à la fin de \(expiry)."
            case .noAuthorization: "L'autorisation écrite du client doit d'abord être en dossier : p dans la liste écrit le formulaire à signer."
            case .store(let problem, let field): "\(field) : \(problem.englishMessage)"
            }
        },
        cardFormFooter: "ctrl+s enregistrer · tab champ suivant · échap annuler — aucun cryptogramme n'est jamais demandé",
        authorizationFormTitle: { "Formulaire d'autorisation pour \($0)" },
        loyaltyEnrolled: "Inscrit au programme de fidélité.",
        loyaltyAdjusted: { $0 > 0 ? "\($0) points ajoutés." : "\(-$0) points retirés." },
        loyaltyRedeemed: { "« \($0) » utilisé." },
        redeemTitle: "Utiliser cette récompense ?",
        redeemMessage: { reward, cost, balance in "« \(reward) » coûte \(cost) points ; le solde est de \(balance)." },
        loyaltyTitle: { "Fidélité — \($0)" },
        loyaltyRule: { accrual, perUnit in
            switch accrual {
            case .perVisit(let points): "\(points) points par visite terminée"
            case .perAmount(let points, let amount): "\(points) points par \(perUnit ? "unité" : "\(amount) centimes") dépensée"
            }
        },
        noLoyaltyProgram: "Pas encore de programme de fidélité : réglez-le avec clientele loyalty program --points-per-visit N --reward \"NOM=POINTS\".",
        loyaltyBalance: { points, phone in "\(points.formatted()) points · inscrit avec le \(phone)" },
        notEnrolledYet: "Pas inscrit : e inscrit le client par le téléphone de sa fiche.",
        rewardsHeading: "Récompenses",
        pointsCost: { "\($0.formatted()) points" },
        loyaltyFooter: "↑↓ récompense · r utiliser · j ajuster · échap fermer",
        loyaltyFooterNotEnrolled: "e inscrire · échap fermer",
        adjustPointsTitle: "Ajuster les points",
        adjustPointsLabel: "Points (+ ou −)",
        adjustReasonLabel: "Motif",
        adjustProblem: { problem in
            switch problem {
            case .notAWholeNumber: "Tapez un nombre entier de points à ajouter (ou −N pour en retirer)."
            case .noReason: "Un ajustement demande un motif : l'historique le garde."
            }
        },
        adjustFooter: "entrée enregistrer · tab points/motif · échap annuler",
        newBookingTitle: { "Nouveau rendez-vous · \($0)" },
        editBookingTitle: { "Rendez-vous · \($0)" },
        bookingFieldLabels: ["Quand", "Prestation", "Employé", "Minutes", "Statut", "Note"],
        bookingWhenPlaceholder: "2026-12-03 10:00, demain 16h…",
        bookingOverlaps: { staff, when, length, customer in "Chevauche le rendez-vous de \(staff) à \(when) (\(length)) avec \(customer) — gardé, pas refusé" },
        bookingWhenNotUnderstood: { "« \($0) » n'est pas une heure ; écrivez 2026-12-03 10:00, 3/12 10h ou demain 16h" },
        bookingMinutesNotANumber: { "« \($0) » n'est pas un nombre de minutes" },
        bookingFormFooter: "ctrl+s enregistrer · tab champ suivant · ctrl+n statut · échap annuler",
        bookingSaved: { when, overlaps in overlaps == 0 ? "Rendez-vous enregistré pour le \(when)." : "Rendez-vous enregistré pour le \(when) ; il chevauche \(overlaps) rendez-vous du même employé." },
        bookingStatusSet: { "Rendez-vous marqué « \($0.lowercased()) »." },
        noBookingSelected: "Aucun rendez-vous choisi : ctrl+a en ajoute un dans l'onglet Rendez-vous (alt+3).",
        cancelBookingTitle: "Annuler ce rendez-vous ?",
        cancelBookingMessage: { when, service in "\(service) le \(when) est marqué annulé (il reste dans la liste)." },
        refundTitle: "Rembourser ce paiement ?",
        refundMessage: { amount, date in "\(amount) reçu le \(date) est marqué remboursé." },
        discardMoneyFormTitle: "Abandonner ce qui a été tapé ?",
        discardMoneyFormMessage: "Rien de ce formulaire n'est enregistré.",
        daysBookingsTitle: { today, tomorrow in "Rendez-vous · \(today.formatted()) aujourd'hui · \(tomorrow.formatted()) demain" },
        noDaysBookings: "Aucun rendez-vous aujourd'hui ni demain. Un rendez-vous s'ajoute dans l'onglet Rendez-vous d'une fiche (alt+3, ctrl+a).",
        daysBookingsFooter: "entrée ouvrir la fiche · ↑↓ se déplacer · échap fermer",
        daysBookingsColumns: ["Jour", "Heure", "Durée", "Statut", "Client", "Prestation", "Employé"],
        todayWord: "Aujourd'hui",
        tomorrowWord: "Demain",
        overlapsMark: "chevauchement",
        bookingPaymentKeyElsewhere: "Cette touche agit sur un rendez-vous (onglet Rendez-vous, alt+3) ou un paiement (onglet Paiements, alt+4).",
        newPaymentTitle: { "Nouveau paiement · \($0)" },
        editPaymentTitle: { "Paiement · \($0)" },
        paymentFieldLabels: { due in ["Type", "Montant", due ? "Échéance" : "Payé le", "Moyen", "Rendez-vous", "Carte", "Référence"] },
        paymentKindReceived: "Paiement reçu",
        paymentKindDue: "Montant dû",
        amountPlaceholder: "35,00",
        dueDatePlaceholder: "AAAA-MM-JJ (en retard le lendemain)",
        paidDatePlaceholder: "aujourd'hui, ou AAAA-MM-JJ",
        paymentMethod: { method in
            switch method {
            case .cash: "Espèces"
            case .card: "Carte"
            case .transfer: "Virement"
            case .other: "Autre"
            }
        },
        noBookingChoice: "(aucun)",
        amountNotUnderstood: { typed, currency in "« \(typed) » n'est pas un montant supérieur à zéro en \(currency) ; écrivez 35, 35,50 ou 1 234,56" },
        paymentDateNotUnderstood: { "« \($0) » n'est pas une date ; écrivez AAAA-MM-JJ" },
        paymentFormFooter: "ctrl+s enregistrer · tab champ suivant · ctrl+n changer un choix · échap annuler",
        paymentSaved: { amount, due in due ? "Montant dû de \(amount) enregistré." : "Paiement de \(amount) enregistré." },
        paymentMarkedPaid: { "\($0) marqué payé." },
        paymentRefunded: { "\($0) marqué remboursé." },
        noPaymentSelected: "Aucun paiement choisi : ctrl+a en enregistre un dans l'onglet Paiements (alt+4).",
        paymentNotDue: "Ce paiement n'est pas un montant dû : F5 marque payé un montant dû.",
        paymentNotReceived: "Seul un paiement reçu peut être remboursé.",
        paymentForBooking: { day, service in "pour \(service) le \(day)" },
        moneyStyle: .french,
        daysBookingsCapped: { "Seuls les \($0) premiers sont listés : clientele bookings --day AAAA-MM-JJ les liste tous." },
        messages: .french,
        settings: .french,
        counters: .french,
        eraseCustomerTitle: "Effacer ce client pour de bon ?",
        eraseCustomerMessage: { name, parts in
            "\(name) part, avec " + (parts.isEmpty ? "rien d'autre" : parts.joined(separator: ", ")) + ". C'est sans retour."
        },
        erasurePart: { part, count in
            switch part {
            case .notes: CountedNoun.fr(count, "note", "notes")
            case .documents: CountedNoun.fr(count, "document", "documents")
            case .documentFiles: CountedNoun.fr(count, "fichier de document", "fichiers de document")
            case .bookings: CountedNoun.fr(count, "rendez-vous", "rendez-vous")
            case .payments: CountedNoun.fr(count, "paiement", "paiements")
            case .cards: CountedNoun.fr(count, "carte enregistrée", "cartes enregistrées")
            case .loyaltyMembership: "l'adhésion au programme de fidélité"
            case .loyaltyEntries: CountedNoun.fr(count, "mouvement de fidélité", "mouvements de fidélité")
            case .conversationMessages: CountedNoun.fr(count, "message", "messages")
            case .mergeRecords: CountedNoun.fr(count, "fusion qui pourrait le faire revenir", "fusions qui pourraient le faire revenir")
            case .ignoredPairs: CountedNoun.fr(count, "paire ignorée de doublons", "paires ignorées de doublons")
            case .customValues: CountedNoun.fr(count, "valeur de champ personnalisé", "valeurs de champs personnalisés")
            case .groupMemberships: CountedNoun.fr(count, "appartenance à un groupe", "appartenances à des groupes")
            }
        },
        customerErased: { "\($0) a été effacé, avec tout ce qui le concernait." },
        customFieldsTitle: "Champs personnalisés",
        customFieldsExplanation: "Les champs de chaque fiche en plus des champs standard, dans l'ordre où les fiches et le formulaire les montrent.",
        noCustomFieldsYet: "Aucun champ personnalisé : a en ajoute un.",
        customFieldsFooter: "a ajouter · e modifier · u/d monter/descendre · x supprimer · échap fermer",
        customFieldValueCount: { CountedNoun.fr($0, "client", "clients") },
        customFieldKindName: { kind in
            switch kind {
            case .text: "Texte"
            case .number: "Nombre"
            case .date: "Date"
            case .email: "E-mail"
            case .phone: "Téléphone"
            case .address: "Adresse"
            case .yesNo: "Oui/Non"
            case .choice: "Choix dans une liste"
            }
        },
        newCustomFieldTitle: "Nouveau champ personnalisé",
        editCustomFieldTitle: { "Modifier « \($0) »" },
        customFieldLabelLabel: "Libellé",
        customFieldTypeLabel: "Type",
        customFieldOptionsLabel: "Choix",
        customFieldOptionsHint: "séparés par |, par ex. latex|nickel",
        customFieldFormFooter: "ctrl+s enregistrer · tab suivant · ctrl+n/ctrl+p type · échap annuler",
        typeChangeRefused: { count, kind in "\(CountedNoun.fr(count, "valeur ne convient pas", "valeurs ne conviennent pas")) au type \(kind) ; rien n'a été changé :" },
        typeChangeRefusedMore: { "… et \($0.formatted()) de plus" },
        customFieldAdded: { "Champ personnalisé « \($0) » ajouté." },
        customFieldChanged: { "Champ personnalisé « \($0) » enregistré." },
        customFieldDeleted: { label, count in "Champ personnalisé « \(label) » supprimé, avec \(CountedNoun.fr(count, "valeur", "valeurs"))." },
        deleteCustomFieldTitle: "Supprimer ce champ personnalisé ?",
        deleteCustomFieldMessage: { label, count in
            count == 0 ? "« \(label) » n'a de valeur sur aucune fiche. Le supprimer ?"
                : "\(CountedNoun.fr(count, "client a", "clients ont")) une valeur pour « \(label) » ; supprimer le champ les supprime aussi."
        },
        mergePurged: { record, survivor in
            "La fusion de \(record.absorbedName) dans \(survivor) du \(DateText.short(record.createdAt)) a été purgée de l'historique le "
                + "\(DateText.short(record.purgedAt ?? record.createdAt)) ; elle ne peut plus être annulée."
        },
        groups: .french,
        yesChoice: "Oui",
        noChoice: "Non",
        validationMessage: { problem in
            switch problem {
            case .tooLong(let length, let limit): "fait \(length) caractères ; la limite est \(limit)"
            case .cardNumber: "ressemble à un numéro de carte bancaire ; les numéros de carte ne peuvent pas être gardés dans les notes ou les champs (enregistrez plutôt une carte)"
            case .securityCode: "ressemble à un cryptogramme (CVV) ; un cryptogramme ne peut jamais être enregistré"
            case .noIdentity: "une fiche a besoin d'au moins un prénom, un nom, une entreprise, un e-mail ou un téléphone"
            case .invalidEmail(let address): "« \(address) » n'est pas une adresse e-mail valide (attendu : nom@exemple.fr)"
            case .tooManyPhoneDigits(let count): "a \(count) chiffres ; un numéro de téléphone en a au plus 16"
            case .notADate(let text): "« \(text) » n'est pas une date ; écrivez MM-JJ ou AAAA-MM-JJ"
            case .longerThan(let limit): "dépasse \(limit.formatted()) caractères"
            case .notANumber(let text): "« \(text) » n'est pas un nombre"
            case .notAFullDate(let text): "« \(text) » n'est pas une date (écrivez AAAA-MM-JJ)"
            case .notYesOrNo(let text): "« \(text) » n'est ni oui ni non"
            case .notAChoice(let text, let choices): "« \(text) » n'est pas l'un de : \(choices.joined(separator: ", "))"
            case .empty: "ne peut pas être vide"
            case .controlCharacters: "contient des caractères de contrôle"
            case .labelTaken(let label): "un autre champ personnalisé s'appelle déjà « \(label) »"
            case .noChoices: "un champ à choix a besoin d'au moins un choix"
            case .forbiddenInChoice(let option): "« \(option) » ne peut contenir ni « | », ni « (choice: », ni caractère de contrôle"
            case .repeatedChoice(let option): "« \(option) » figure deux fois"
            case .invalidPhone(let reason), .described(let reason): reason
            }
        },
        fieldOverflow: { overflow in
            overflow.isPaste
                ? "\(CountedNoun.fr(overflow.offered, "caractère collé", "caractères collés")) ; ce champ en contient au plus \(overflow.limit.formatted()) — "
                    + (overflow.refused < 2 ? "\(overflow.refused.formatted()) n'a pas été ajouté" : "\(overflow.refused.formatted()) n'ont pas été ajoutés")
                : "Ce champ contient au plus \(CountedNoun.fr(overflow.limit, "caractère", "caractères")) ; rien de plus n'a été ajouté"
        }
    )
}

// Domain labels (CustomerCore's, English) in the words of the French footer and filter line.
private func frenchSort(_ sort: DirectorySort) -> String {
    switch sort {
    case .name: "nom"
    case .recentlyAdded: "ajout récent"
    case .lastActivity: "dernière activité"
    }
}

/// What a refused file really is, in French.
func frenchContentKind(_ kind: FileContentKind) -> String {
    switch kind {
    case .empty: "un fichier vide"
    case .accepted(let type): "un fichier \(type.label)"
    case .zip: "une archive ZIP (aussi .docx, .xlsx, .odt)"
    case .word97: "un document Word 97–2003"
    case .webp: "une image WebP"
    case .heic: "une image HEIC"
    case .avif: "une image AVIF"
    case .mp4: "une vidéo MP4"
    case .tiff: "une image TIFF"
    case .bmp: "une image BMP"
    case .executable: "un exécutable"
    case .html: "une page HTML"
    case .plainText: "du texte brut"
    case .unknown: "un contenu inconnu"
    }
}
