import Foundation

/// The demo's words and its two tiny documents, the same on every backend (`DemoLoader` on SQLite,
/// `PGDemoLoader` on PostgreSQL), so that one seed gives the same demo on both.
public enum DemoContent {
    public static let services = ["Cut & blow-dry", "Colour", "Balayage", "Beard trim", "Manicure", "Keratin treatment", "Consultation"]
    public static let noteTexts = [
        "Asked about the loyalty programme; explained the rewards.",
        "Running 10 minutes late next time — parking on Main St.",
        "Wants to try a warmer shade next visit.",
        "Call back about the wedding party booking (6 people).",
        "Left an umbrella; kept at the front desk.",
        "Prefers Inès; book her when possible.",
        "Quiere cita los sábados por la mañana.",
        "Préfère être contactée par e-mail.",
    ]
    public static let subjects = ["payment_reminder": "Payment reminder", "booking_invitation": "Time for your next visit?",
                           "free": "A note from the salon", "received": "Re: your appointment"]
    public static let messageBodies: [String: [String]] = [
        "payment_reminder": ["Hello, a friendly reminder that your invoice is now due. Thank you!", "Hola, le recordamos que tiene un pago pendiente."],
        "booking_invitation": ["It's been a while — would you like to book your next appointment?", "Bonjour, souhaitez-vous réserver votre prochain rendez-vous ?"],
        "free": ["Thank you for visiting us today!", "Our opening hours change next week: 9–19 Mon–Sat."],
        "received": ["Thanks, see you Saturday!", "Can I move my appointment to 3pm?"],
    ]
    /// A 1×1 PNG, so demo documents are real files a previewer can open.
    public static let tinyPNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    public static let tinyPDF = """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
        4 0 obj << /Length 66 >> stream
        BT /F1 14 Tf 20 100 Td (Card authorization on file - demo) Tj ET
        endstream endobj
        5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """
}
