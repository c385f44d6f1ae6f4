import Foundation

/// A message as a sendmail-compatible program (msmtp, sendmail, nullmailer) reads it on stdin:
/// From, To, Subject, Date and Message-ID headers, then a UTF-8 plain-text body.
/// Header values lose every control character (CR and LF included), so nothing typed or imported
/// can add a header; non-ASCII words are encoded as RFC 2047 says, so every mail reader shows them.
public struct MailMessage: Hashable, Sendable {
    public var from: String
    public var fromName: String
    public var to: String
    public var subject: String
    public var body: String
    /// `<…@domain>`: kept with the logged message, so a retry is the same message to the reader.
    public var messageID: String
    public var date: Date

    public init(from: String, fromName: String = "", to: String, subject: String, body: String, messageID: String, date: Date) {
        self.from = from
        self.fromName = fromName
        self.to = to
        self.subject = subject
        self.body = body
        self.messageID = messageID
        self.date = date
    }

    /// A new Message-ID on the sender's domain (the shop's address), else on `clientele.invalid`.
    public static func newMessageID(from address: String) -> String {
        let domain = address.split(separator: "@").last.map(String.init).flatMap { $0.isEmpty || !address.contains("@") ? nil : $0 } ?? "clientele.invalid"
        return "<\(UUID().uuidString.lowercased())@\(headerValue(domain))>"
    }

    /// The whole message, headers and body, line ends as LF (what sendmail programs take on stdin).
    public var rendered: String {
        var headers: [String] = []
        if let from = Self.address(from) {
            let name = Self.headerValue(fromName).trimmingCharacters(in: .whitespaces)
            headers.append("From: " + (name.isEmpty ? from : "\(Self.phrase(name)) <\(from)>"))
        }
        headers.append("To: " + (Self.address(to) ?? ""))
        headers.append("Subject: " + Self.encodedWords(Self.headerValue(subject)))
        headers.append("Date: " + Self.rfc5322(date))
        headers.append("Message-ID: " + Self.headerValue(messageID))
        headers.append("MIME-Version: 1.0")
        headers.append("Content-Type: text/plain; charset=UTF-8")
        headers.append("Content-Transfer-Encoding: 8bit")
        headers.append("X-Mailer: Clientele")
        return headers.joined(separator: "\n") + "\n\n" + Self.bodyLines(body).joined(separator: "\n") + "\n"
    }

    /// An address fit for a header, or nil: one `local@domain` without spaces, controls, brackets or commas.
    public static func address(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              !trimmed.unicodeScalars.contains(where: { isControl($0) || $0 == " " || "<>,;:\"()[]\\".unicodeScalars.contains($0) }) else { return nil }
        return trimmed
    }

    static func headerValue(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? " " : $0 }))
    }

    /// C0, DEL, C1, and the Unicode line and paragraph separators.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0x85
    }

    /// A display name: ASCII words quoted when they hold specials, anything else as encoded words.
    static func phrase(_ name: String) -> String {
        guard name.unicodeScalars.allSatisfy({ $0.isASCII }) else { return encodedWords(name) }
        return "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// ASCII stays as it is; otherwise `=?UTF-8?B?…?=` words of at most 45 bytes of text each (75
    /// characters encoded, RFC 2047's limit), never splitting a character, folded onto lines of their own.
    static func encodedWords(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy({ $0.isASCII }) else { return text }
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\n ")
    }

    /// The body's lines: controls other than tab removed; a line of one "." (which ends the
    /// message for a sendmail run without -i) becomes ". "; a line longer than SMTP's 998 bytes is
    /// broken at a space (or, lacking one, between characters) before 900.
    static func bodyLines(_ body: String) -> [String] {
        let unified = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines: [String] = []
        for raw in unified.split(separator: "\n", omittingEmptySubsequences: false) {
            let clean = String(String.UnicodeScalarView(raw.unicodeScalars.filter { !isControl($0) || $0 == "\t" }))
            for piece in broken(clean, limit: 900) { lines.append(piece == "." ? ". " : piece) }
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    static func broken(_ line: String, limit: Int) -> [String] {
        guard line.utf8.count > limit else { return [line] }
        var pieces: [String] = []
        var current = "", bytes = 0, lastSpace: String.Index?
        for character in line {
            let size = String(character).utf8.count
            if bytes + size > limit {
                if let space = lastSpace {
                    pieces.append(String(current[..<space]))
                    current = String(current[current.index(after: space)...])
                } else {
                    pieces.append(current)
                    current = ""
                }
                bytes = current.utf8.count
                lastSpace = current.lastIndex(of: " ")
            }
            current.append(character)
            bytes += size
            if character == " " { lastSpace = current.index(before: current.endIndex) }
        }
        pieces.append(current)
        return pieces
    }

    static func rfc5322(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
