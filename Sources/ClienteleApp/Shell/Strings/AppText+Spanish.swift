import Foundation
import CustomerCore
import TerminalCore

extension AppText {
    /// The interface in Spanish, as a receptionist would say it (usted; "cita" for a booking).
    static let spanish = AppText(
        appName: "Clientele",
        searchPlaceholder: "escriba un nombre, un email o un teléfono",
        customerGone: "Ese cliente ya no existe (se eliminó en otro mostrador).",
        noGroups: "Aún no hay grupos.",
        loadingDemo: "Añadiendo clientes de demostración…",
        discardTitle: "¿Descartar los cambios?",
        discardMessage: "Ha modificado este formulario. ¿Cerrarlo y perder los cambios?",
        noMatches: "Ningún cliente coincide.",
        emptyDirectory: "El directorio está vacío.",
        loading: "Cargando…",
        welcomeTitle: "Bienvenido a Clientele",
        welcomeLines: [
            "Su directorio de clientes está vacío.",
            "",
            "  d   añadir 200 clientes de demostración",
            "      (notas, citas, pagos, fidelidad, documentos…)",
            "  n   añadir su primer cliente",
            "  esc empezar con el directorio vacío",
            "",
            "  i   importar una lista de Square, Mailchimp,",
            "      Constant Contact o una hoja de cálculo (CSV)",
        ],
        directoryTitle: "Clientes",
        searchLabel: "Buscar ",
        columnName: "Nombre",
        columnPhone: "Teléfono",
        columnEmail: "Email",
        columnCompany: "Empresa",
        columnAdded: "Alta",
        columnLastActivity: "Actividad",
        sortFooter: { "orden: \(spanishSort($0))" },
        filterFooter: { "filtro: \($0)" },
        today: "hoy",
        yesterday: "ayer",
        daysAgo: { "hace \($0) días" },
        filterWords: { filter, groups in
            var parts: [String] = []
            if let status = filter.status { parts.append("estado \(DomainWords.spanish.status(status).lowercased())") }
            if let groupID = filter.groupID { parts.append("grupo “\(groups.first { $0.id == groupID }?.name ?? "#\(groupID)")”") }
            if let subscription = filter.emailSubscription { parts.append("email \(DomainWords.spanish.subscription(subscription).lowercased())") }
            if filter.loyaltyMembersOnly { parts.append("socios de fidelidad") }
            if filter.remindersDueOnly { parts.append("recordatorios pendientes") }
            if filter.overduePaymentsOnly { parts.append("pagos vencidos") }
            if let from = filter.createdFrom { parts.append("alta desde \(DateText.short(from))") }
            if let before = filter.createdBefore { parts.append("alta antes de \(DateText.short(before))") }
            if let ids = filter.customerIDs { parts.append(GroupsText.spanish.markedScope(ids.count)) }
            return parts.joined(separator: ", ")
        },
        customers: { CountedNoun.es($0, "cliente", "clientes") },
        remindersDue: { $0 == 1 ? "1 recordatorio pendiente" : "\($0) recordatorios pendientes" },
        remindersDueShort: { "\($0.formatted()) pend." },
        showing: { shown, total, truncated in
            truncated ? "primeros \(shown.formatted()) resultados — siga escribiendo" : "\(shown.formatted()) de \(total.formatted())"
        },
        sortedBy: { "Ordenado por \(spanishSort($0))." },
        scopeTitle: { scope in
            switch scope {
            case .settings: "Ajustes"
            case .settingEdit: "Cambiar un ajuste"
            case .loyaltyProgramForm: "Programa de fidelidad"
            case .groups: "Grupos"
            case .filterPicker: "Filtros"
            case .markedActions: "Clientes marcados"
            case .quickActions: "Acciones rápidas"
            case .chargeForm: "Cobrar una cita"
            case .messageCompose: "Mensaje"
            case .outbox: "Bandeja de salida"
            case .customFields: "Campos personalizados"
            case .customFieldForm: "Formulario de campo"
            case .loyalty: "Fidelidad"
            case .loyaltyAdjust: "Ajustar puntos"
            case .cardsOnFile: "Tarjetas guardadas"
            case .cardForm: "Formulario de tarjeta"
            case .noteEditor: "Editor de nota"
            case .reminders: "Recordatorios"
            case .snooze: "Posponer"
            case .documentPrompt: "Documento: adjuntar, renombrar, copiar"
            case .documentPreview: "Vista previa del documento"
            case .bookingForm: "Formulario de cita"
            case .daysBookings: "Las citas del día"
            case .paymentForm: "Formulario de pago"
            case .global: "En todas partes"
            case .directory: "Directorio"
            case .card: "Ficha del cliente"
            case .form: "Formulario del cliente"
            case .confirm: "Confirmación"
            case .help: "Ayuda"
            case .welcome: "Bienvenida"
            case .importWizard: "Asistente de importación"
            case .exportDialog: "Exportar"
            case .duplicateReview: "Revisión de duplicados"
            case .ignoredPairs: "Parejas ignoradas"
            case .mergeReview: "Revisión de la fusión"
            case .mergePicker: "Fusionar con…"
            }
        },
        keyHelp: spanishKeyHelp,
        keyShortHint: spanishKeyShortHint,

        exporting: "Exportando…",
        exportWholeDirectory: "todo el directorio",
        exportCurrentFilter: { "el filtro actual: \($0)" },
        exported: { count, path in (count == 1 ? "Se exportó 1 cliente" : "Se exportaron \(count.formatted()) clientes") + " a \(path)." },
        importDone: { report in
            (report.imported == 1 ? "Se importó 1 cliente" : "Se importaron \(report.imported.formatted()) clientes")
                + "\(report.groupName.map { " en “\($0)”" } ?? ""); \(CountedNoun.es(report.rejectedRows, "fila rechazada", "filas rechazadas"))."
        },
        fixFields: { $0 == 1 ? "1 campo necesita revisión." : "\($0) campos necesitan revisión." },
        demoLoaded: { $0 == 1 ? "Se añadió 1 cliente de demostración." : "Se añadieron \($0.formatted()) clientes de demostración." },
        created: { "Se añadió a \($0)." },
        saved: { "Se guardó \($0)." },
        conflict: { changes in
            let what = changes.isEmpty ? "ningún campo difiere" : changes.joined(separator: ", ")
            return "Modificado en otro mostrador desde que lo abrió — ahora \(what). Ctrl-S guarda su versión encima; Esc descarta la suya."
        },
        noSuchFile: { "No existe el archivo \($0)." },
        isAFolder: { "\($0) es una carpeta; elija un archivo CSV dentro (tab completa)." },
        cannotWrite: { "No se puede escribir \($0)." },

        fieldLabel: { field in
            switch field {
            case .givenName: "Nombre"
            case .familyName: "Apellidos"
            case .nickname: "Apodo"
            case .companyName: "Empresa"
            case .emailAddress: "Email"
            case .phoneNumber: "Teléfono"
            case .addressLine1: "Dirección 1"
            case .addressLine2: "Dirección 2"
            case .locality: "Ciudad"
            case .region: "Provincia/estado"
            case .postalCode: "Código postal"
            case .country: "País"
            case .birthday: "Cumpleaños"
            case .referenceID: "Referencia"
            case .memo: "Memo"
            case .emailSubscription: "Suscripción email"
            case .status: "Estado"
            }
        },
        loyaltyPhoneLabel: "Tel. fidelidad",
        targetOneCellAddress: "Dirección (una celda)",
        targetCustomField: { "Campo personalizado “\($0)”" },
        targetMemo: "Añadir al memo",
        targetIgnore: "Ignorar",
        tabTitle: { tab in
            switch tab {
            case .main: "Resumen"
            case .info: "Datos"
            case .bookings: "Citas"
            case .payments: "Pagos"
            case .documents: "Documentos"
            case .conversations: "Mensajes"
            }
        },
        fieldStatus: "Estado",
        fieldPhone: "Teléfono",
        fieldEmail: "Email",
        fieldGroups: "Grupos",
        fieldLoyalty: "Fidelidad",
        loyaltyPoints: { balance, phone in "\(balance) puntos (\(phone))" },
        notEnrolled: "sin inscribir",
        fieldNextBooking: "Próxima cita",
        nextBooking: { when, service, staff in "\(when) · \(service)\(staff.isEmpty ? "" : " con \(staff)")" },
        noneScheduled: "ninguna programada",
        fieldOverdue: "Vencido",
        nothingOverdue: "nada",
        fieldSavedCards: "Tarjetas",
        noSavedCards: "ninguna",
        savedCard: { masked, expiry in "\(masked) vence \(expiry)" },
        remindersDueHeading: { "Recordatorios pendientes (\($0))" },
        notesHeading: { "Notas (\($0))" },
        noNotes: "Aún no hay notas.",
        reminderDone: " · recordatorio hecho",
        reminderAt: { " · recordatorio \($0)" },
        loyaltyActivity: "Movimientos de fidelidad",
        noLoyaltyActivity: "Sin movimientos de fidelidad.",
        profileHeading: "Perfil",
        fieldCreationSource: "Origen",
        fieldCreated: "Creado",
        fieldUpdated: "Modificado",
        fieldVersion: "Versión",
        memoHeading: "Memo",
        noMemo: "Sin memo.",
        customFieldsHeading: "Campos personalizados",
        noCustomFields: "No hay campos personalizados definidos: F7 agrega uno.",
        editEveryField: "ctrl+e edita todos los campos; F7 agrega, cambia u ordena los campos personalizados.",
        noBookings: "Aún no hay citas.",
        minutes: { "\($0) min" },
        upcomingHeading: { "Próximas (\($0))" },
        nothingScheduled: "Nada programado.",
        pastHeading: { "Pasadas (\($0))" },
        noPastAppointments: "No hay citas pasadas.",
        noPayments: "No hay pagos ni importes pendientes.",
        overdueLine: { "Vencido: \($0)" },
        paymentColumns: ["Fecha", "Estado", "Importe", "Vence", "Método", "Referencia"],
        noDocuments: "No hay documentos. PDF, JPEG, GIF o PNG, hasta 20 MB cada uno, 100 por cliente.",
        documentsHeading: { count, limit in "\(count) de \(limit) documentos" },
        noteEvent: "Nota",
        paymentEvent: { status, amount in "Pago \(status) · \(amount)" },
        bookingEvent: { status, service in "Cita \(status) · \(service)" },
        noConversations: "Aún no hay mensajes.",
        scrollMarker: { first, last, count in "\(first)–\(last) de \(count) ↓↑" },

        newCustomerTitle: "Nuevo cliente",
        editTitle: { "Editar a \($0)" },
        birthdayHint: "MM-DD o AAAA-MM-DD",
        phoneHint: "cualquier formato; se supone el país de la tienda",
        emailHint: "nombre@ejemplo.com",
        dateHint: "AAAA-MM-DD",
        numberHint: "un número",
        phoneNumberHint: "número de teléfono",
        formFooter: "ctrl+s guardar · tab/↓ siguiente · ctrl+n elegir · esc cancelar",
        saving: "Guardando…",
        yesNoAnswers: "y sí    n no",
        helpTitle: { "Teclas — \($0)" },
        escClose: "esc cerrar",

        importFilePrompt: "Archivo CSV a importar (Square, Mailchimp, Constant Contact o cualquier hoja de cálculo):",
        readAs: { encoding, separator, columns in "Leído como \(encoding), separado por \(separator); \(columns) columnas." },
        tabsSeparator: "tabulaciones",
        mappingExplanation: "Cada columna va al campo de la derecha: ↑↓ elija una columna, ←→ cambie su destino.",
        columnHeader: "Columna",
        firstRowsHeader: "Primeras filas",
        goesToHeader: "Va a",
        groupPrompt: "Poner los clientes importados en:",
        newGroupLabel: "Un grupo nuevo: ",
        noGroup: "Ningún grupo",
        importTransactionNote: "Intro lo importa todo en una sola transacción: si se interrumpe, no se guarda nada.",
        cancelling: "Cancelando — no se guardará nada…",
        importingFile: { "Importando \($0)…" },
        importProgress: { rows, perSecond in "\(rows.formatted()) filas · \(perSecond.formatted()) filas/s" },
        escCancels: "Esc cancela; el directorio queda exactamente como estaba.",
        importCancelled: "Cancelado. No se importó nada; el directorio está como estaba.",
        importStopped: "La importación se detuvo: no se importó nada.",
        importedIn: { report, seconds in
            (report.imported == 1 ? "Se importó 1 cliente" : "Se importaron \(report.imported.formatted()) clientes")
                + "\(report.groupName.map { " en “\($0)”" } ?? "") en \(seconds) s."
        },
        importRejectedAndDuplicates: { rejected, duplicates in
            "\(CountedNoun.es(rejected, "fila rechazada", "filas rechazadas")) · "
                + (duplicates == 1 ? "1 perfil nuevo parece duplicado de otro" : "\(duplicates.formatted()) perfiles nuevos parecen duplicados de otros")
        },
        rejectsFile: { "Las filas rechazadas, con el motivo, están en \($0) — corríjalo e impórtelo de nuevo." },
        importTitleFile: "Importar · 1 de 5 · archivo",
        importTitleColumns: "Importar · 2 de 5 · columnas",
        importTitleGroup: "Importar · 3 de 5 · grupo",
        importTitleImporting: "Importar · 5 de 5 · importando",
        importTitleSummary: "Importar · resumen",
        importFooterFile: "intro leer el archivo · tab completar · esc cerrar",
        importFooterMapping: "↑↓ columna · ←→ destino · intro siguiente · esc atrás",
        importFooterGroup: "↑↓ elegir · escriba el nombre del grupo nuevo · intro siguiente · esc atrás",
        importFooterImporting: "esc cancelar",
        importFooterFinished: "intro cerrar",
        exportTitle: "Exportar",
        exportFormatRow: "Formato",
        exportCustomersRow: "Clientes",
        exportFileRow: "Archivo",
        exportFooter: "tab siguiente · ←→ cambiar · intro exportar · esc cerrar",
        exportFormatLabel: { format in
            switch format {
            case .csv: "CSV (columnas de Square)"
            case .vcard: "vCard 4.0"
            case .json: "JSON"
            }
        },

        possibleDuplicates: {
            $0 == 1 ? "1 posible duplicado — pulse ctrl+d para revisarlo" : "\($0.formatted()) posibles duplicados — pulse ctrl+d para revisarlos"
        },
        possibleDuplicatesShort: { $0 == 1 ? "1 duplicado (ctrl+d)" : "\($0.formatted()) duplicados (ctrl+d)" },
        duplicateReviewTitle: "Posibles duplicados",
        scanningDuplicates: "Buscando duplicados…",
        noDuplicates: "No hay posibles duplicados: cada perfil parece una persona distinta.",
        loadingProfiles: "Cargando los perfiles…",
        kindLabel: { $0 == .exact ? "exacto  " : "posible " },
        clusterSummary: { kind, profiles, reason in "\(kind) · \(profiles) perfiles · \(reason)" },
        reason: { "Motivo: \($0.reason)" },
        moreProfiles: { "+\($0) más (se fusionan uno tras otro)" },
        duplicateReviewFooter: "↑↓ sugerencia · m fusionar · i ignorar · A fusionar exactos · esc cerrar",
        suggestionPosition: { index, count in "\(index + 1) de \(count)" },
        profileName: "Nombre",
        profileEmail: "Email",
        profilePhone: "Teléfono",
        profileAddress: "Dirección",
        profileCompany: "Empresa",
        profileReference: "Referencia",
        profileCreated: "Creado",
        profileNotes: "Notas",
        profileDocuments: "Documentos",
        profileBookings: "Citas",
        profilePayments: "Pagos",
        profilePoints: "Puntos",
        profileGroups: "Grupos",
        ignored: { "Ignorado: estos \($0.customerIDs.count) perfiles no se volverán a sugerir." },
        mergeAllTitle: "¿Fusionar todos los duplicados exactos?",
        mergeAllMessage: { profiles, survivors in
            "¿Fusionar \(profiles.formatted()) perfiles en \(survivors.formatted())? Se conserva el perfil más antiguo y su id; cada fusión se puede deshacer desde la ficha."
        },
        noExactDuplicates: "No hay duplicados exactos (mismo email o teléfono) que fusionar.",
        mergingAll: "Fusionando…",
        mergedAll: { profiles, survivors, skipped in
            "Se fusionaron \(profiles.formatted()) perfiles en \(survivors.formatted())."
                + (skipped == 0 ? "" : " Quedan \(skipped.formatted()) por fusionar uno a uno (superan el límite de 100 documentos o cambiaron entretanto).")
        },
        mergeReviewTitle: "Revisión de la fusión",
        mergeHeading: { survivor, survivorID, absorbed, absorbedID in
            "\(absorbed) (#\(absorbedID)) se fusiona en \(survivor) (#\(survivorID)), que conserva su id."
        },
        mergeField: "Campo",
        survivorColumn: { "Se queda (#\($0))" },
        absorbedColumn: { "Se fusiona (#\($0))" },
        mergeCombines: "Todo lo demás (notas, documentos, citas, pagos, puntos…) se combina.",
        mergeNoFields: "Ambos perfiles están vacíos salvo por el nombre.",
        mergeApplying: "Fusionando…",
        mergeReviewFooter: "↑↓ campo · ←→ izq./der. · s cambiar · ctrl+s fusionar · esc cancelar",
        mergeConflicted: "Modificado en otro mostrador desde que abrió esta revisión: los valores se han recargado; revíselos y vuelva a fusionar.",
        mergeOverflowDeclined: "No se fusionó: se rechazó la pregunta sobre los documentos.",
        overflowTitle: "Demasiados documentos",
        overflowMessage: { plan in
            let total = (plan.survivorAttachmentCount + plan.absorbedAttachmentCount).formatted()
            let limit = AttachmentRules.maximumFilesPerCustomer
            return "Entre los dos suman \(total) documentos; un perfil conserva \(limit). ¿Conservar los \(limit) más recientes? Los otros \(plan.attachmentsOverLimit.formatted()) quedan en el historial de la fusión y vuelven al deshacerla."
        },
        mergeRefused: { "No se fusionó: \($0)." },
        merged: { record, survivor in "Se fusionó \(record.absorbedName) (#\(record.absorbedID)) en \(survivor) (#\(record.survivorID))." },
        mergePickerTitle: { "Fusionar a \($0) con…" },
        mergePickerPrompt: "Buscar ",
        mergePickerPlaceholder: "nombre, email o teléfono del otro perfil",
        mergePickerHint: "El perfil que elija se fusiona en este; antes revisará cada campo.",
        mergePickerNoMatches: "Ningún otro perfil coincide.",
        mergePickerFooter: "escriba para buscar · ↑↓ elegir · intro revisar la fusión · esc cerrar",
        undoMergeTitle: "¿Deshacer la fusión?",
        undoMergeMessage: { record in
            "¿Deshacer la fusión de \(record.absorbedName) (\(DateText.short(record.createdAt)))? Los dos perfiles vuelven a ser como eran; lo añadido después se queda aquí."
        },
        nothingToUndo: "No hay ninguna fusión que deshacer en este perfil.",
        mergeUndone: { "Fusión deshecha: \($0.absorbedName) vuelve a ser un perfil propio." },
        mergedFrom: { record, undoable in
            "Fusionado desde: \(record.absorbedName) el \(DateText.short(record.createdAt))" + (undoable ? " — u para deshacer" : "")
        },
        openCardFirst: "Abra primero la ficha de un cliente.",
        mergeProfileGone: "uno de los perfiles se eliminó o fusionó en otro mostrador",
        reviewImportedDuplicates: " — D para revisarlos",
        importSummaryFooterWithDuplicates: "intro cerrar · D revisar los duplicados",
        undoRefused: { "No se deshizo: \($0)." },
        overflowAnswers: "y conservar los recientes y fusionar    n volver",
        discardMergeTitle: "¿Descartar las elecciones de la fusión?",
        discardMergeMessage: "Ha cambiado qué valores se conservan. ¿Cerrar la revisión sin fusionar nada?",
        words: .spanish,
        helpScroll: { "líneas \($0)–\($1) de \($2) · ↓↑ desplazar" },
        exportNoFolder: { "No existe la carpeta de \($0)." },
        exportOverwriteTitle: "¿Reemplazar el archivo?",
        exportOverwriteMessage: { "\($0) ya existe. ¿Reemplazarlo con esta exportación?" },
        ignoredPairsTitle: "Parejas ignoradas (no son duplicados)",
        noIgnoredPairs: "No hay parejas ignoradas.",
        ignoredPairsFooter: "↑↓ elegir · u volver a sugerir · esc cerrar",
        suggestedAgain: { "\($0): se volverán a sugerir mientras se parezcan." },
        groupNameTaken: { "Ya existe un grupo “\($0)”: elíjalo abajo para añadir a él, o escriba otro nombre." },
        manyCustomFieldsQuestion: { "Este archivo añadiría \($0.formatted()) campos personalizados, uno por columna. ¿Crearlos todos?" },
        manyCustomFieldsHint: "No vuelve atrás: envíe las columnas que no necesita a la nota o a «ignorar» en el paso de columnas.",
        importTitleOptions: "Importar · 4 de 5 · revisión",
        importFooterOptions: "↑↓ elegir · ←→ cambiar · intro importar · esc volver",
        importOptionsPrompt: "Antes de importar, revise cómo se leen las filas:",
        countryName: { Locale(identifier: "es_ES").localizedString(forRegionCode: $0) ?? $0 },
        countryWithCode: { name, code in "\(name) (+\(code))" },
        shopsCountry: "el país de la tienda",
        phoneRegionLabel: "Los números sin prefijo de país se leen como de",
        phoneRegionQuestion: { guess, country, shop in
            "\(guess.readable) de \(guess.sampled) números parecen de \(country) (+\(guess.countryCode)), \(guess.readableInShopRegion) de \(shop): ¿leerlos como de \(country)?"
        },
        unreadablePhoneLabel: "Una fila cuyo teléfono no se puede leer se",
        refuseUnreadablePhoneChoice: "rechaza, y va al archivo de rechazos",
        keepUnreadablePhoneChoice: "conserva, con el número en la nota",
        importRunLabel: "Ejecutar",
        importForRealChoice: "la importación",
        dryRunChoice: "una prueba: revisar cada fila, no guardar nada",
        dryRunNote: "Intro revisa cada fila como una importación; no se guarda nada.",
        dryRunDone: { report in
            "Prueba: \(CountedNoun.es(report.imported, "cliente se importaría", "clientes se importarían"))\(report.groupName.map { " en «\($0)»" } ?? ""); no se guardó nada."
        },
        importFooterDryRun: "intro volver, para importar de verdad · esc cerrar",
        reminderPresetPhrase: { preset in
            switch (preset.unit, preset.amount) {
            case (.day, 1): "mañana"
            case (.week, 1): "la próxima semana"
            case (.month, 1): "el próximo mes"
            case (.day, let n): "en \(n) días"
            case (.week, let n): "en \(n) semanas"
            case (.month, let n): "en \(n) meses"
            }
        },
        noteSaved: { when in when.map { "Nota guardada; recordatorio el \($0)." } ?? "Nota guardada." },
        notePinned: "Nota fijada: queda arriba.",
        noteUnpinned: "Nota desfijada.",
        noteDeleted: "Nota eliminada.",
        noNoteSelected: "Ninguna nota elegida: ctrl+a añade una.",
        deleteNoteTitle: "¿Eliminar esta nota?",
        deleteNoteMessage: { "«\($0)» — eliminada para siempre, con su recordatorio." },
        discardNoteTitle: "¿Descartar esta nota?",
        discardNoteMessage: "Lo que escribió no se guarda.",
        newNoteTitle: { "Nota nueva — \($0)" },
        editNoteTitle: { "Editar nota — \($0)" },
        notePlaceholder: "Escriba la nota; intro empieza una línea nueva.",
        reminderLabel: "Recordarme:",
        noReminderPlaceholder: "sin recordatorio",
        reminderNotUnderstood: { problem in
            switch problem {
            case .empty: "Diga cuándo: un preajuste (ctrl+n) o una fecha como 2026-12-03 10:00, 3/12 10h, mañana 9:00."
            case .unreadable(let words): "«\(words)» no es una hora que sepa leer: pruebe 2026-12-03 10:00, 3/12 10h o mañana 9:00."
            }
        },
        reminderPresetsHint: { "ctrl+n: \($0) · o escriba una fecha y hora" },
        pinnedLabel: "Fijada (queda arriba de las notas)",
        noteEditorFooter: "ctrl+s guardar · tab campo siguiente · ctrl+n recordatorio · esc cancelar",
        noteEditedAt: { " · editada el \($0)" },
        noteEditedEvent: "Nota editada",
        reminderDoneEvent: "Recordatorio hecho",
        remindersDueKey: { ($0 == 1 ? "1 recordatorio pendiente" : "\($0.formatted()) recordatorios pendientes") + " (ctrl+r)" },
        reminderMarkedDone: "Recordatorio hecho.",
        reminderSnoozed: { "Recordatorio pospuesto hasta el \($0)." },
        noOpenReminder: "Esta nota no tiene un recordatorio abierto.",
        remindersTitle: { due, total in "Recordatorios · \(due.formatted()) pendientes · \(total.formatted()) abiertos" },
        noOpenReminders: "No hay recordatorios abiertos. El recordatorio de una nota se pone en la nota (ctrl+a en una ficha).",
        remindersFooter: "intro abrir la ficha · d hecho · s posponer · esc cerrar",
        remindersColumns: ["", "Cuándo", "Cliente", "Nota"],
        dueWord: "ya",
        upcomingWord: "luego",
        moreReminders: { "… y \($0.formatted()) más adelante (marque algunos como hechos para verlos)" },
        snoozeTitle: { "Posponer — \($0)" },
        snoozeUntil: "Hasta:",
        snoozeFooter: "intro posponer · ↓↑ preajustes · esc cancelar",
        attachTitle: "Adjuntar un documento",
        attachPrompt: "El archivo a adjuntar (PDF, JPEG, GIF o PNG, hasta 20 MB; tab completa el nombre):",
        renameDocumentTitle: { "Renombrar «\($0)»" },
        renamePrompt: "El nombre nuevo del documento:",
        saveCopyTitle: { "Guardar una copia de «\($0)»" },
        saveCopyPrompt: "La carpeta donde guardar la copia (tab completa el nombre):",
        working: "Trabajando…",
        pathPromptFooter: "intro aceptar · tab completar · esc cancelar",
        namePromptFooter: "intro renombrar · esc cancelar",
        pixelSize: { width, height in "\(width)×\(height) px" },
        pageCount: { $0 == 1 ? "1 página" : "\($0) páginas" },
        addedOn: { "añadido el \($0)" },
        previewEmpty: "(nada que mostrar en la primera página)",
        previewNeedsPackage: { tool, package in "Instale \(package) para ver más aquí (\(tool) lo dibuja en el terminal): scripts/install-deps lo hace." },
        previewFailed: { "No se pudo hacer la vista previa: \($0)" },
        previewFooter: "↑↓ desplazar · esc cerrar",
        documentAttached: { "«\($0)» adjuntado." },
        documentRenamed: { "Renombrado a «\($0)»." },
        documentExported: { "Copia guardada: \($0)." },
        documentDeleted: { "«\($0)» eliminado." },
        noDocumentSelected: "Ningún documento elegido: ctrl+a adjunta uno.",
        deleteDocumentTitle: "¿Eliminar este documento?",
        deleteDocumentMessage: { "«\($0)» se quita de esta ficha para siempre." },
        itemKeyElsewhere: { place in
            switch place {
            case .documentsTab: "Esa tecla funciona en la pestaña Documentos (alt+5)."
            case .notes: "Esa tecla funciona en una nota, en la pestaña Resumen (alt+1)."
            case .notesAndDocuments: "Esa tecla funciona en las notas de la pestaña Resumen (alt+1) y en la pestaña Documentos (alt+5)."
            }
        },
        attachmentRefusal: { refusal in
            switch refusal {
            case .tooLarge(let name, let bytes, let content): "«\(name)» (\(spanishContentKind(content))) ocupa \(ByteCountText.format(bytes)); un documento ocupa como mucho 20 MB"
            case .unsupportedType(let name, let content, let bytes):
                "«\(name)» es \(spanishContentKind(content)) de \(ByteCountText.format(bytes)), no un PDF, JPEG, GIF o PNG (comprobado por su contenido)"
            case .empty(let name): "«\(name)» está vacío"
            case .tooManyFiles(let existing): "esta ficha ya tiene \(existing) documentos; el límite es \(AttachmentRules.maximumFilesPerCustomer)"
            case .badName(let name): "«\(name)» no es un nombre de archivo utilizable"
            }
        },
        cardAdded: { "\($0) guardada." },
        cardUnlinked: { "\($0) desvinculada." },
        authorizationWritten: { "El formulario de autorización está en \($0): imprímalo, hágalo firmar y adjunte la copia firmada en Documentos." },
        unlinkCardTitle: "¿Desvincular esta tarjeta?",
        unlinkCardMessage: { "\($0) se quita de esta ficha; los pagos pasados conservan su registro." },
        discardCardTitle: "¿Descartar esta tarjeta?",
        discardCardMessage: "No se guarda nada; el número escrito se olvida.",
        cardsOnFileTitle: { "Tarjetas guardadas — \($0)" },
        cardsOnFileExplanation: "Clientele anota tarjetas (red, últimos cuatro dígitos, vencimiento) con la autorización escrita del cliente; nunca guarda el número ni procesa pagos.",
        noSavedCardsYet: "Ninguna tarjeta guardada: a anota una.",
        expiredMark: "(vencida)",
        cardsOnFileFooter: "a añadir · u desvincular · p formulario de autorización · esc cerrar",
        cardFormTitle: { "Anotar una tarjeta — \($0)" },
        cardholderLabel: "Titular",
        cardNumberLabel: "Número de tarjeta",
        cardExpiryLabel: "Vencimiento",
        billingPostalLabel: "Código postal",
        authorizationLabel: "La autorización escrita del cliente para guardar y cobrar esta tarjeta está archivada (espacio)",
        cardFormProblem: { problem in
            switch problem {
            case .notACardNumber: "El número de tarjeta no es válido (de 13 a 19 dígitos que pasen la prueba de Luhn)."
            case .expiryUnreadable: "Escriba el vencimiento como MM/AA."
            case .expired(let expiry): "Esta tarjeta venció a finales de \(expiry)."
            case .noAuthorization: "Primero debe estar archivada la autorización escrita del cliente: p en la lista escribe el formulario para firmar."
            case .store(let problem, let field): "\(field): \(problem.englishMessage)"
            }
        },
        cardFormFooter: "ctrl+s guardar · tab campo siguiente · esc cancelar — nunca se pide el código de seguridad",
        authorizationFormTitle: { "Formulario de autorización para \($0)" },
        loyaltyEnrolled: "Inscrito en el programa de fidelidad.",
        loyaltyAdjusted: { $0 > 0 ? "\($0) puntos añadidos." : "\(-$0) puntos quitados." },
        loyaltyRedeemed: { "«\($0)» canjeado." },
        redeemTitle: "¿Canjear esta recompensa?",
        redeemMessage: { reward, cost, balance in "«\(reward)» cuesta \(cost) puntos; el saldo es \(balance)." },
        loyaltyTitle: { "Fidelidad — \($0)" },
        loyaltyRule: { accrual, perUnit in
            switch accrual {
            case .perVisit(let points): "\(points) puntos por visita completada"
            case .perAmount(let points, let amount): "\(points) puntos por \(perUnit ? "unidad" : "\(amount) céntimos") gastada"
            }
        },
        noLoyaltyProgram: "Aún no hay programa de fidelidad: configúrelo con clientele loyalty program --points-per-visit N --reward \"NOMBRE=PUNTOS\".",
        loyaltyBalance: { points, phone in "\(points.formatted()) puntos · inscrito con el \(phone)" },
        notEnrolledYet: "No inscrito: e inscribe al cliente por el teléfono de su ficha.",
        rewardsHeading: "Recompensas",
        pointsCost: { "\($0.formatted()) puntos" },
        loyaltyFooter: "↑↓ recompensa · r canjear · j ajustar · esc cerrar",
        loyaltyFooterNotEnrolled: "e inscribir · esc cerrar",
        adjustPointsTitle: "Ajustar puntos",
        adjustPointsLabel: "Puntos (+ o −)",
        adjustReasonLabel: "Motivo",
        adjustProblem: { problem in
            switch problem {
            case .notAWholeNumber: "Escriba un número entero de puntos para añadir (o −N para quitar)."
            case .noReason: "Un ajuste necesita un motivo: el historial lo guarda."
            }
        },
        adjustFooter: "intro guardar · tab puntos/motivo · esc cancelar",
        newBookingTitle: { "Nueva cita · \($0)" },
        editBookingTitle: { "Cita · \($0)" },
        bookingFieldLabels: ["Cuándo", "Servicio", "Personal", "Minutos", "Estado", "Nota"],
        bookingWhenPlaceholder: "2026-12-03 10:00, mañana 16:00…",
        bookingOverlaps: { staff, when, length, customer in "Se solapa con la cita de \(staff) a las \(when) (\(length)) con \(customer) — se guarda, no se rechaza" },
        bookingWhenNotUnderstood: { "«\($0)» no es una hora; escriba 2026-12-03 10:00, 3/12 10h o mañana 16:00" },
        bookingMinutesNotANumber: { "«\($0)» no es un número de minutos" },
        bookingFormFooter: "ctrl+s guardar · tab campo siguiente · ctrl+n estado · esc cancelar",
        bookingSaved: { when, overlaps in overlaps == 0 ? "Cita guardada para el \(when)." : "Cita guardada para el \(when); se solapa con \(overlaps) cita(s) del mismo personal." },
        bookingStatusSet: { "Cita marcada como «\($0.lowercased())»." },
        noBookingSelected: "Ninguna cita elegida: ctrl+a añade una en la pestaña Citas (alt+3).",
        cancelBookingTitle: "¿Cancelar esta cita?",
        cancelBookingMessage: { when, service in "\(service) el \(when) queda cancelada (sigue en la lista)." },
        refundTitle: "¿Reembolsar este pago?",
        refundMessage: { amount, date in "\(amount) recibido el \(date) queda reembolsado." },
        discardMoneyFormTitle: "¿Descartar lo escrito?",
        discardMoneyFormMessage: "No se guarda nada de este formulario.",
        daysBookingsTitle: { today, tomorrow in "Citas · \(today.formatted()) hoy · \(tomorrow.formatted()) mañana" },
        noDaysBookings: "No hay citas hoy ni mañana. Una cita se añade en la pestaña Citas de una ficha (alt+3, ctrl+a).",
        daysBookingsFooter: "intro abrir la ficha · ↑↓ moverse · esc cerrar",
        daysBookingsColumns: ["Día", "Hora", "Duración", "Estado", "Cliente", "Servicio", "Personal"],
        todayWord: "Hoy",
        tomorrowWord: "Mañana",
        overlapsMark: "solapada",
        bookingPaymentKeyElsewhere: "Esa tecla actúa sobre una cita (pestaña Citas, alt+3) o un pago (pestaña Pagos, alt+4).",
        newPaymentTitle: { "Nuevo pago · \($0)" },
        editPaymentTitle: { "Pago · \($0)" },
        paymentFieldLabels: { due in ["Tipo", "Importe", due ? "Vencimiento" : "Pagado el", "Forma de pago", "Cita", "Tarjeta", "Referencia"] },
        paymentKindReceived: "Pago recibido",
        paymentKindDue: "Importe pendiente",
        amountPlaceholder: "35,00",
        dueDatePlaceholder: "AAAA-MM-DD (vencido al día siguiente)",
        paidDatePlaceholder: "hoy, o AAAA-MM-DD",
        paymentMethod: { method in
            switch method {
            case .cash: "Efectivo"
            case .card: "Tarjeta"
            case .transfer: "Transferencia"
            case .other: "Otro"
            }
        },
        noBookingChoice: "(ninguna)",
        amountNotUnderstood: { typed, currency in "«\(typed)» no es un importe mayor que cero en \(currency); escriba 35, 35,50 o 1.234,56" },
        paymentDateNotUnderstood: { "«\($0)» no es una fecha; escriba AAAA-MM-DD" },
        paymentFormFooter: "ctrl+s guardar · tab campo siguiente · ctrl+n cambiar una opción · esc cancelar",
        paymentSaved: { amount, due in due ? "Importe pendiente de \(amount) registrado." : "Pago de \(amount) registrado." },
        paymentMarkedPaid: { "\($0) marcado como pagado." },
        paymentRefunded: { "\($0) marcado como reembolsado." },
        noPaymentSelected: "Ningún pago elegido: ctrl+a registra uno en la pestaña Pagos (alt+4).",
        paymentNotDue: "Ese pago no es un importe pendiente: F5 marca como pagado un importe pendiente.",
        paymentNotReceived: "Solo se puede reembolsar un pago recibido.",
        paymentForBooking: { day, service in "por \(service) el \(day)" },
        moneyStyle: .spanish,
        daysBookingsCapped: { "Solo se listan las \($0) primeras: clientele bookings --day AAAA-MM-DD las lista todas." },
        messages: .spanish,
        settings: .spanish,
        counters: .spanish,
        eraseCustomerTitle: "¿Borrar a este cliente para siempre?",
        eraseCustomerMessage: { name, parts in
            "Se borra \(name), con " + (parts.isEmpty ? "nada más" : parts.joined(separator: ", ")) + ". No se puede deshacer."
        },
        erasurePart: { part, count in
            switch part {
            case .notes: CountedNoun.es(count, "nota", "notas")
            case .documents: CountedNoun.es(count, "documento", "documentos")
            case .documentFiles: CountedNoun.es(count, "archivo de documento", "archivos de documento")
            case .bookings: CountedNoun.es(count, "cita", "citas")
            case .payments: CountedNoun.es(count, "pago", "pagos")
            case .cards: CountedNoun.es(count, "tarjeta registrada", "tarjetas registradas")
            case .loyaltyMembership: "la inscripción en el programa de fidelidad"
            case .loyaltyEntries: CountedNoun.es(count, "movimiento de fidelidad", "movimientos de fidelidad")
            case .conversationMessages: CountedNoun.es(count, "mensaje", "mensajes")
            case .mergeRecords: CountedNoun.es(count, "fusión que podría traerlo de vuelta", "fusiones que podrían traerlo de vuelta")
            case .ignoredPairs: CountedNoun.es(count, "par de duplicados ignorado", "pares de duplicados ignorados")
            case .customValues: CountedNoun.es(count, "valor de campo personalizado", "valores de campos personalizados")
            case .groupMemberships: CountedNoun.es(count, "pertenencia a un grupo", "pertenencias a grupos")
            }
        },
        customerErased: { "\($0) se borró, con todo lo que había sobre él." },
        customFieldsTitle: "Campos personalizados",
        customFieldsExplanation: "Los campos de cada ficha además de los estándar, en el orden en que las fichas y el formulario los muestran.",
        noCustomFieldsYet: "Aún no hay campos personalizados: a agrega uno.",
        customFieldsFooter: "a agregar · e editar · u/d subir/bajar · x eliminar · esc cerrar",
        customFieldValueCount: { CountedNoun.es($0, "cliente", "clientes") },
        customFieldKindName: { kind in
            switch kind {
            case .text: "Texto"
            case .number: "Número"
            case .date: "Fecha"
            case .email: "Correo electrónico"
            case .phone: "Teléfono"
            case .address: "Dirección"
            case .yesNo: "Sí/No"
            case .choice: "Opción de una lista"
            }
        },
        newCustomFieldTitle: "Nuevo campo personalizado",
        editCustomFieldTitle: { "Editar «\($0)»" },
        customFieldLabelLabel: "Etiqueta",
        customFieldTypeLabel: "Tipo",
        customFieldOptionsLabel: "Opciones",
        customFieldOptionsHint: "separadas por |, p. ej. látex|níquel",
        customFieldFormFooter: "ctrl+s guardar · tab siguiente · ctrl+n/ctrl+p tipo · esc cancelar",
        typeChangeRefused: { count, kind in "\(CountedNoun.es(count, "valor no encaja", "valores no encajan")) en el tipo \(kind); no se cambió nada:" },
        typeChangeRefusedMore: { "… y \($0.formatted()) más" },
        customFieldAdded: { "Campo personalizado «\($0)» agregado." },
        customFieldChanged: { "Campo personalizado «\($0)» guardado." },
        customFieldDeleted: { label, count in "Campo personalizado «\(label)» eliminado, con \(CountedNoun.es(count, "valor", "valores"))." },
        deleteCustomFieldTitle: "¿Eliminar este campo personalizado?",
        deleteCustomFieldMessage: { label, count in
            count == 0 ? "«\(label)» no tiene valor en ninguna ficha. ¿Eliminarlo?"
                : "\(CountedNoun.es(count, "cliente tiene", "clientes tienen")) un valor para «\(label)»; eliminar el campo también los elimina."
        },
        mergePurged: { record, survivor in
            "La fusión de \(record.absorbedName) con \(survivor) del \(DateText.short(record.createdAt)) se eliminó del historial el "
                + "\(DateText.short(record.purgedAt ?? record.createdAt)); ya no se puede deshacer."
        },
        groups: .spanish,
        yesChoice: "Sí",
        noChoice: "No",
        validationMessage: { problem in
            switch problem {
            case .tooLong(let length, let limit): "tiene \(length) caracteres; el límite es \(limit)"
            case .cardNumber: "parece un número de tarjeta de pago; no se pueden guardar números de tarjeta en notas ni campos (registre una tarjeta en su lugar)"
            case .securityCode: "parece un código de seguridad (CVV); los códigos de seguridad nunca se guardan"
            case .noIdentity: "un perfil necesita al menos un nombre, un apellido, una empresa, un correo o un teléfono"
            case .invalidEmail(let address): "“\(address)” no es un correo electrónico válido (se espera nombre@ejemplo.es)"
            case .tooManyPhoneDigits(let count): "tiene \(count) dígitos; un teléfono tiene como mucho 16"
            case .notADate(let text): "“\(text)” no es una fecha; escriba MM-DD o AAAA-MM-DD"
            case .longerThan(let limit): "supera los \(limit.formatted()) caracteres"
            case .notANumber(let text): "“\(text)” no es un número"
            case .notAFullDate(let text): "“\(text)” no es una fecha (escriba AAAA-MM-DD)"
            case .notYesOrNo(let text): "“\(text)” no es ni sí ni no"
            case .notAChoice(let text, let choices): "“\(text)” no es una de estas opciones: \(choices.joined(separator: ", "))"
            case .empty: "no puede estar vacía"
            case .controlCharacters: "contiene caracteres de control"
            case .labelTaken(let label): "otro campo personalizado ya se llama «\(label)»"
            case .noChoices: "un campo de opciones necesita al menos una opción"
            case .forbiddenInChoice(let option): "«\(option)» no puede contener «|», «(choice:» ni caracteres de control"
            case .repeatedChoice(let option): "«\(option)» aparece dos veces"
            case .invalidPhone(let reason), .described(let reason): reason
            }
        },
        fieldOverflow: { overflow in
            overflow.isPaste
                ? "Se pegaron \(CountedNoun.es(overflow.offered, "carácter", "caracteres")); este campo admite \(overflow.limit.formatted()) — "
                    + (overflow.refused == 1 ? "1 no se añadió" : "\(overflow.refused.formatted()) no se añadieron")
                : "Este campo admite como máximo \(CountedNoun.es(overflow.limit, "carácter", "caracteres")); no se añadieron más"
        }
    )
}

// Domain labels (CustomerCore's, English) in the words of the Spanish footer and filter line.
private func spanishSort(_ sort: DirectorySort) -> String {
    switch sort {
    case .name: "nombre"
    case .recentlyAdded: "alta reciente"
    case .lastActivity: "última actividad"
    }
}

/// What a refused file really is, in Spanish.
func spanishContentKind(_ kind: FileContentKind) -> String {
    switch kind {
    case .empty: "un archivo vacío"
    case .accepted(let type): "un archivo \(type.label)"
    case .zip: "un archivo ZIP (también .docx, .xlsx, .odt)"
    case .word97: "un documento de Word 97–2003"
    case .webp: "una imagen WebP"
    case .heic: "una imagen HEIC"
    case .avif: "una imagen AVIF"
    case .mp4: "un vídeo MP4"
    case .tiff: "una imagen TIFF"
    case .bmp: "una imagen BMP"
    case .executable: "un ejecutable"
    case .html: "una página HTML"
    case .plainText: "texto plano"
    case .unknown: "un contenido desconocido"
    }
}
