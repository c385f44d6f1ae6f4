import CustomerCore
import Foundation
import TerminalCore

/// Draws the duplicate review: the clusters, then the selected cluster's profiles side by side
/// with the values they share highlighted.
struct DuplicateReviewView {
    let theme: Theme
    let phones: PhoneDisplay

    /// Rows under the list: the reason, the table's header, its 13 rows, the footer.
    static let rowsBelowList = 16
    static let labelWidth = 13
    static let minimumColumnWidth = 16

    func draw(_ review: DuplicateReviewState, in screen: Rect, on buffer: inout ScreenBuffer) {
        let popup = Popup(title: AppText.current.duplicateReviewTitle, width: screen.width, height: screen.height,
                          borderStyle: theme[.focusedBorder], titleStyle: theme[.title], background: theme[.text])
        let inner = popup.draw(in: screen, on: &buffer).inset(horizontal: 1, vertical: 0)
        guard inner.height > 2, inner.width > 10 else { return }
        buffer.write(AppText.current.duplicateReviewFooter, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width)
        guard let clusters = review.clusters else {
            buffer.write(AppText.current.scanningDuplicates, at: Point(x: inner.x, y: inner.y), style: theme[.muted], maxWidth: inner.width)
            return
        }
        guard let cluster = review.selectedCluster else {
            buffer.write(AppText.current.noDuplicates, at: Point(x: inner.x, y: inner.y), style: theme[.muted], maxWidth: inner.width)
            return
        }

        // The clusters, most certain first, scrolled to keep the selection in view.
        let listHeight = max(1, min(clusters.count, 10, inner.height - Self.rowsBelowList))
        var scroll = ListScroll()
        scroll.reveal(review.selected, visibleRows: listHeight, count: clusters.count)
        let position = AppText.current.suggestionPosition(review.selected, clusters.count)
        for row in 0..<listHeight where scroll.offset + row < clusters.count {
            let index = scroll.offset + row
            let line = Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1)
            let style = index == review.selected ? theme[.selection] : theme[clusters[index].kind == .exact ? .text : .muted]
            buffer.fill(line, with: style)
            let room = row == 0 ? inner.width - DisplayWidth.of(position) - 1 : inner.width
            buffer.write(clusterSummary(clusters[index]), at: Point(x: line.x, y: line.y), style: style, maxWidth: room)
        }
        buffer.write(position, at: Point(x: inner.maxX - DisplayWidth.of(position), y: inner.y), style: theme[.muted])

        var y = inner.y + listHeight
        guard y < inner.maxY - 1 else { return }
        // The reason wraps into the rows the table leaves free (a name-and-address reason is long).
        let spare = inner.maxY - 1 - y - (Self.rows.count + 1)
        for line in Paragraph.wrap(AppText.current.reason(cluster), width: inner.width).prefix(max(1, spare)) {
            buffer.write(line, at: Point(x: inner.x, y: y), style: theme[.alert], maxWidth: inner.width)
            y += 1
        }
        let tableArea = Rect(x: inner.x, y: y, width: inner.width, height: max(0, inner.maxY - 1 - y))
        if review.profilesClusterID != cluster.id {
            buffer.write(AppText.current.loadingProfiles, at: Point(x: inner.x, y: y), style: theme[.muted], maxWidth: inner.width)
            return
        }
        drawProfiles(review.profiles, matching: cluster.matchingFields, in: tableArea, on: &buffer)
    }

    /// One column per profile (as many as fit), one row per field; shared values highlighted.
    func drawProfiles(_ profiles: [DuplicateProfile], matching: Set<CustomerField>, in area: Rect, on buffer: inout ScreenBuffer) {
        guard area.height > 0, !profiles.isEmpty else { return }
        let available = area.width - Self.labelWidth
        let fitting = max(1, available / (Self.minimumColumnWidth + 1))
        let shown = Array(profiles.prefix(fitting))
        let columnWidth = max(1, available / shown.count - 1)
        let hidden = profiles.count - shown.count
        func x(_ column: Int) -> Int { area.x + Self.labelWidth + column * (columnWidth + 1) }

        buffer.write(hidden > 0 ? AppText.current.moreProfiles(hidden) : "", at: Point(x: area.x, y: area.y), style: theme[.muted], maxWidth: Self.labelWidth - 1)
        for (column, profile) in shown.enumerated() {
            buffer.write(DisplayWidth.truncate("#\(profile.customer.id ?? 0)", toWidth: columnWidth), at: Point(x: x(column), y: area.y), style: theme[.header])
        }
        for (row, field) in Self.rows.enumerated() where row + 1 < area.height {
            let y = area.y + 1 + row
            buffer.write(DisplayWidth.truncate(field.label, toWidth: Self.labelWidth - 1), at: Point(x: area.x, y: y), style: theme[.muted])
            let shared = !matching.isDisjoint(with: field.fields)
            for (column, profile) in shown.enumerated() {
                let value = field.value(profile, phones)
                let style = shared && !value.isEmpty ? theme[.match] : theme[.text]
                buffer.write(DisplayWidth.truncate(value.isEmpty ? "—" : value, toWidth: columnWidth), at: Point(x: x(column), y: y), style: style)
            }
        }
    }

    /// A line of the comparison: its label, the customer fields it shows, how to read its value.
    struct ProfileRow: Sendable {
        let label: String
        let fields: Set<CustomerField>
        let value: @Sendable (DuplicateProfile, PhoneDisplay) -> String
    }

    /// Computed, not stored: the labels follow the language of the render that asks.
    static var rows: [ProfileRow] {
        [
            ProfileRow(label: AppText.current.profileName, fields: [.givenName, .familyName]) { p, _ in p.customer.displayName },
            ProfileRow(label: AppText.current.profileEmail, fields: [.emailAddress]) { p, _ in p.customer.emailAddress },
            ProfileRow(label: AppText.current.profilePhone, fields: [.phoneNumber]) { p, phones in phones.text(e164: p.customer.phoneE164, typed: p.customer.phoneNumber) },
            ProfileRow(label: AppText.current.profileAddress, fields: [.addressLine1, .postalCode]) { p, _ in p.customer.address.singleLine },
            ProfileRow(label: AppText.current.profileCompany, fields: [.companyName]) { p, _ in p.customer.companyName },
            ProfileRow(label: AppText.current.profileReference, fields: [.referenceID]) { p, _ in p.customer.referenceID },
            ProfileRow(label: AppText.current.profileCreated, fields: []) { p, _ in DateText.short(p.customer.createdAt) },
            ProfileRow(label: AppText.current.profileNotes, fields: []) { p, _ in String(p.notes) },
            ProfileRow(label: AppText.current.profileDocuments, fields: []) { p, _ in String(p.documents) },
            ProfileRow(label: AppText.current.profileBookings, fields: []) { p, _ in String(p.bookings) },
            ProfileRow(label: AppText.current.profilePayments, fields: []) { p, _ in String(p.payments) },
            ProfileRow(label: AppText.current.profilePoints, fields: []) { p, _ in p.loyaltyPoints.map(String.init) ?? AppText.current.notEnrolled },
            ProfileRow(label: AppText.current.profileGroups, fields: []) { p, _ in p.groups },
        ]
    }
}

extension DuplicateReviewView {
    /// "exact    · 2 profiles · same email": the kind's words come from the table, the reason from the scan.
    func clusterSummary(_ cluster: DuplicateCluster) -> String {
        let text = AppText.current
        return text.clusterSummary(text.kindLabel(cluster.kind), cluster.customerIDs.count, cluster.reason)
    }
}
