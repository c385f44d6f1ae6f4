import Foundation

/// An appointment (PRODUCT §3 Bookings tab).
public struct Booking: Hashable, Sendable, Codable, Identifiable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case scheduled, completed, cancelled, noShow = "no_show"

        public var label: String {
            switch self {
            case .scheduled: "Scheduled"
            case .completed: "Completed"
            case .cancelled: "Cancelled"
            case .noShow: "No-show"
            }
        }
    }

    public var id: Int64?
    public var customerID: CustomerID
    public var startsAt: Date
    public var durationMinutes: Int
    public var service: String
    public var staff: String
    public var status: Status
    public var notes: String

    public init(id: Int64? = nil, customerID: CustomerID, startsAt: Date, durationMinutes: Int, service: String,
                staff: String = "", status: Status = .scheduled, notes: String = "") {
        self.id = id
        self.customerID = customerID
        self.startsAt = startsAt
        self.durationMinutes = durationMinutes
        self.service = service
        self.staff = staff
        self.status = status
        self.notes = notes
    }

    public var endsAt: Date { startsAt.addingTimeInterval(TimeInterval(durationMinutes * 60)) }
    public func isUpcoming(at now: Date) -> Bool { startsAt >= now && status == .scheduled }

    public func issues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if service.trimmingCharacters(in: .whitespaces).isEmpty {
            issues.append(ValidationIssue(fieldLabel: "Service", message: "a booking needs a service"))
        }
        if !(5...24 * 60).contains(durationMinutes) {
            issues.append(ValidationIssue(fieldLabel: "Duration", message: "must be between 5 minutes and 24 hours"))
        }
        for (label, text) in [("Service", service), ("Staff", staff), ("Notes", notes)] {
            if let finding = SensitiveDataGuard.scan(text) { issues.append(ValidationIssue(fieldLabel: label, problem: ValidationProblem(finding))) }
        }
        return issues
    }
}
