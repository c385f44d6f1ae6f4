import CustomerCore

/// The words of the groups window, the card's group picker, the filter picker and the marked rows'
/// actions, one table per language (kept together so that a sentence and its translations sit side
/// by side).
struct GroupsText: Sendable {
    let groupsTitle: String
    let noGroups: String
    /// (members) "3 members"
    let members: @Sendable (Int) -> String
    let manageFooter: String
    /// (the customer's name)
    let cardPickerTitle: @Sendable (String) -> String
    let cardPickerFooter: String
    /// (how many customers) choosing the group to add them to, or to remove them from
    let addMarkedTitle: @Sendable (Int) -> String
    let removeMarkedTitle: @Sendable (Int) -> String
    let chooseFooter: String
    let newGroupLabel: String
    let renameGroupLabel: String
    let promptFooter: String
    let deleteGroupTitle: String
    /// (name, members)
    let deleteGroupMessage: @Sendable (String, Int) -> String

    // Status notes
    let created: @Sendable (String) -> String
    let renamed: @Sendable (String, String) -> String
    let deleted: @Sendable (String, Int) -> String
    /// (how many added, group)
    let added: @Sendable (Int, String) -> String
    let removed: @Sendable (Int, String) -> String
    /// (customer) the card's groups saved
    let membershipSaved: @Sendable (String) -> String
    /// (how many, the status in words)
    let statusSet: @Sendable (Int, String) -> String
    let markFirst: String
    let mergeNeedsTwo: @Sendable (Int) -> String
    let marksCleared: String
    /// (the name) a group of that name exists
    let nameTaken: @Sendable (String) -> String
    /// A group or customer another counter removed meanwhile.
    let gone: String

    // The filter picker
    let filtersTitle: String
    /// group, status, email subscription, loyalty, reminders due, overdue, created from, created to
    let filterRows: [String]
    let any: String
    let filtersFooter: String
    let datePlaceholder: String
    /// (row label) a date not understood
    let badDate: @Sendable (String) -> String

    // Marked rows
    /// (how many) "3 marked", the directory's footer
    let marked: @Sendable (Int) -> String
    let markedTitle: @Sendable (Int) -> String
    let addToGroupAction: String
    let removeFromGroupAction: String
    /// (status in words)
    let setStatusAction: @Sendable (String) -> String
    let exportAction: String
    let mergeAction: String
    let markedFooter: String
    /// (how many) filterWords' part for an export of the marked rows
    let markedScope: @Sendable (Int) -> String

    static let english = GroupsText(
        groupsTitle: "Groups",
        noGroups: "No groups yet: ctrl+n makes one.",
        members: { $0 == 1 ? "1 member" : "\($0.formatted()) members" },
        manageFooter: "enter show its members · ctrl+n new · F2 rename · del delete · esc close",
        cardPickerTitle: { "Groups of \($0)" },
        cardPickerFooter: "space tick or untick · enter save · ctrl+n new group · esc close",
        addMarkedTitle: { $0 == 1 ? "Add 1 customer to a group" : "Add \($0) customers to a group" },
        removeMarkedTitle: { $0 == 1 ? "Remove 1 customer from a group" : "Remove \($0) customers from a group" },
        chooseFooter: "enter choose · ctrl+n new group · esc close",
        newGroupLabel: "New group: ",
        renameGroupLabel: "Rename to: ",
        promptFooter: "enter save · esc back",
        deleteGroupTitle: "Delete the group?",
        deleteGroupMessage: { name, members in
            "Delete the group “\(name)”? Its \(members == 1 ? "member stays" : "\(members.formatted()) members stay") in the directory."
        },
        created: { "Group “\($0)” created." },
        renamed: { "Group “\($0)” is now “\($1)”." },
        deleted: { name, members in "Group “\(name)” deleted; its \(members == 1 ? "member stays" : "\(members.formatted()) members stay")." },
        added: { count, group in "\(count == 1 ? "1 customer" : "\(count.formatted()) customers") added to “\(group)”." },
        removed: { count, group in "\(count == 1 ? "1 customer" : "\(count.formatted()) customers") removed from “\(group)”." },
        membershipSaved: { "Groups of \($0) saved." },
        statusSet: { count, status in "\(count == 1 ? "1 customer is" : "\(count.formatted()) customers are") now \(status)." },
        markFirst: "Mark customers first: space on a row (ins while searching).",
        mergeNeedsTwo: { "A merge takes exactly two marked customers (\($0) marked)." },
        marksCleared: "Marks cleared.",
        nameTaken: { "A group named “\($0)” exists already." },
        gone: "That group or customer is no longer there (changed at another counter).",
        filtersTitle: "Filters",
        filterRows: ["Group", "Status", "Email subscription", "Loyalty members only", "Reminders due", "Overdue payments",
                     "Created from", "Created to"],
        any: "any",
        filtersFooter: "←/→ change · space tick · enter apply · ctrl+l clear all · esc cancel",
        datePlaceholder: "YYYY-MM-DD",
        badDate: { "\($0): a day as YYYY-MM-DD" },
        marked: { "\($0.formatted()) marked" },
        markedTitle: { $0 == 1 ? "1 marked customer" : "\($0.formatted()) marked customers" },
        addToGroupAction: "Add to a group…",
        removeFromGroupAction: "Remove from a group…",
        setStatusAction: { "Set status: \($0)" },
        exportAction: "Export them…",
        mergeAction: "Merge the two…",
        markedFooter: "enter choose (or its number) · esc close",
        markedScope: { $0 == 1 ? "the marked customer" : "the \($0.formatted()) marked customers" }
    )

    static let french = GroupsText(
        groupsTitle: "Groupes",
        noGroups: "Aucun groupe : ctrl+n en crée un.",
        members: { $0 <= 1 ? "\($0) membre" : "\($0.formatted()) membres" },
        manageFooter: "entrée voir ses membres · ctrl+n nouveau · F2 renommer · suppr supprimer · échap fermer",
        cardPickerTitle: { "Groupes de \($0)" },
        cardPickerFooter: "espace cocher ou décocher · entrée enregistrer · ctrl+n nouveau groupe · échap fermer",
        addMarkedTitle: { $0 == 1 ? "Ajouter 1 client à un groupe" : "Ajouter \($0) clients à un groupe" },
        removeMarkedTitle: { $0 == 1 ? "Retirer 1 client d’un groupe" : "Retirer \($0) clients d’un groupe" },
        chooseFooter: "entrée choisir · ctrl+n nouveau groupe · échap fermer",
        newGroupLabel: "Nouveau groupe : ",
        renameGroupLabel: "Renommer en : ",
        promptFooter: "entrée enregistrer · échap retour",
        deleteGroupTitle: "Supprimer le groupe ?",
        deleteGroupMessage: { name, members in
            "Supprimer le groupe « \(name) » ? \(members <= 1 ? "Son membre reste" : "Ses \(members.formatted()) membres restent") dans le répertoire."
        },
        created: { "Groupe « \($0) » créé." },
        renamed: { "Le groupe « \($0) » s’appelle maintenant « \($1) »." },
        deleted: { name, members in "Groupe « \(name) » supprimé ; \(members <= 1 ? "son membre reste" : "ses \(members.formatted()) membres restent")." },
        added: { count, group in "\(count <= 1 ? "\(count) client ajouté" : "\(count.formatted()) clients ajoutés") à « \(group) »." },
        removed: { count, group in "\(count <= 1 ? "\(count) client retiré" : "\(count.formatted()) clients retirés") de « \(group) »." },
        membershipSaved: { "Groupes de \($0) enregistrés." },
        statusSet: { count, status in "\(count <= 1 ? "\(count) client est" : "\(count.formatted()) clients sont") maintenant \(status)." },
        markFirst: "Marquez d’abord des clients : espace sur une ligne (inser pendant une recherche).",
        mergeNeedsTwo: { "Une fusion demande exactement deux clients marqués (\($0) marqués)." },
        marksCleared: "Marques effacées.",
        nameTaken: { "Un groupe « \($0) » existe déjà." },
        gone: "Ce groupe ou ce client n’existe plus (modifié à un autre poste).",
        filtersTitle: "Filtres",
        filterRows: ["Groupe", "Statut", "Abonnement e-mail", "Membres fidélité seulement", "Rappels échus", "Paiements en retard",
                     "Créé à partir du", "Créé jusqu’au"],
        any: "tous",
        filtersFooter: "←/→ changer · espace cocher · entrée appliquer · ctrl+l tout effacer · échap annuler",
        datePlaceholder: "AAAA-MM-JJ",
        badDate: { "\($0) : un jour sous la forme AAAA-MM-JJ" },
        marked: { $0 <= 1 ? "\($0) marqué" : "\($0.formatted()) marqués" },
        markedTitle: { $0 <= 1 ? "\($0) client marqué" : "\($0.formatted()) clients marqués" },
        addToGroupAction: "Ajouter à un groupe…",
        removeFromGroupAction: "Retirer d’un groupe…",
        setStatusAction: { "Statut : \($0)" },
        exportAction: "Les exporter…",
        mergeAction: "Fusionner les deux…",
        markedFooter: "entrée choisir (ou son numéro) · échap fermer",
        markedScope: { $0 <= 1 ? "le client marqué" : "les \($0.formatted()) clients marqués" }
    )

    static let spanish = GroupsText(
        groupsTitle: "Grupos",
        noGroups: "Todavía no hay grupos: ctrl+n crea uno.",
        members: { $0 == 1 ? "1 miembro" : "\($0.formatted()) miembros" },
        manageFooter: "intro ver sus miembros · ctrl+n nuevo · F2 renombrar · supr eliminar · esc cerrar",
        cardPickerTitle: { "Grupos de \($0)" },
        cardPickerFooter: "espacio marcar o desmarcar · intro guardar · ctrl+n grupo nuevo · esc cerrar",
        addMarkedTitle: { $0 == 1 ? "Agregar 1 cliente a un grupo" : "Agregar \($0) clientes a un grupo" },
        removeMarkedTitle: { $0 == 1 ? "Quitar 1 cliente de un grupo" : "Quitar \($0) clientes de un grupo" },
        chooseFooter: "intro elegir · ctrl+n grupo nuevo · esc cerrar",
        newGroupLabel: "Grupo nuevo: ",
        renameGroupLabel: "Renombrar a: ",
        promptFooter: "intro guardar · esc volver",
        deleteGroupTitle: "¿Eliminar el grupo?",
        deleteGroupMessage: { name, members in
            "¿Eliminar el grupo «\(name)»? \(members == 1 ? "Su miembro sigue" : "Sus \(members.formatted()) miembros siguen") en el directorio."
        },
        created: { "Grupo «\($0)» creado." },
        renamed: { "El grupo «\($0)» ahora se llama «\($1)»." },
        deleted: { name, members in "Grupo «\(name)» eliminado; \(members == 1 ? "su miembro sigue" : "sus \(members.formatted()) miembros siguen")." },
        added: { count, group in "\(count == 1 ? "1 cliente agregado" : "\(count.formatted()) clientes agregados") a «\(group)»." },
        removed: { count, group in "\(count == 1 ? "1 cliente quitado" : "\(count.formatted()) clientes quitados") de «\(group)»." },
        membershipSaved: { "Grupos de \($0) guardados." },
        statusSet: { count, status in "\(count == 1 ? "1 cliente está" : "\(count.formatted()) clientes están") ahora como \(status)." },
        markFirst: "Marque primero clientes: espacio en una fila (insert mientras busca).",
        mergeNeedsTwo: { "Una combinación toma exactamente dos clientes marcados (\($0) marcados)." },
        marksCleared: "Marcas borradas.",
        nameTaken: { "Ya existe un grupo «\($0)»." },
        gone: "Ese grupo o cliente ya no existe (cambiado en otro mostrador).",
        filtersTitle: "Filtros",
        filterRows: ["Grupo", "Estado", "Suscripción por correo", "Solo miembros de fidelidad", "Recordatorios vencidos", "Pagos atrasados",
                     "Creado desde", "Creado hasta"],
        any: "todos",
        filtersFooter: "←/→ cambiar · espacio marcar · intro aplicar · ctrl+l borrar todo · esc cancelar",
        datePlaceholder: "AAAA-MM-DD",
        badDate: { "\($0): un día como AAAA-MM-DD" },
        marked: { $0 == 1 ? "1 marcado" : "\($0.formatted()) marcados" },
        markedTitle: { $0 == 1 ? "1 cliente marcado" : "\($0.formatted()) clientes marcados" },
        addToGroupAction: "Agregar a un grupo…",
        removeFromGroupAction: "Quitar de un grupo…",
        setStatusAction: { "Estado: \($0)" },
        exportAction: "Exportarlos…",
        mergeAction: "Combinar los dos…",
        markedFooter: "intro elegir (o su número) · esc cerrar",
        markedScope: { $0 == 1 ? "el cliente marcado" : "los \($0.formatted()) clientes marcados" }
    )
}
