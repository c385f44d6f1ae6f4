/// What a command asks of a region before it has a whole number to read — does libphonenumber know
/// it, its country code, its national prefix, and the fewest digits a valid number typed there
/// without "+" holds — answered without starting libphonenumber. Its set-up (parsing its metadata,
/// building its ICU patterns) was 5–7 ms of a 20 ms `clientele find 0134`, which reads no whole
/// number at all (issue 19, point 4).
///
/// Written out from libphonenumber 8.12.57 (Debian 12). `PhoneRegionTableTests` checks every
/// entry against the library the program is linked with — the region set, each country code and
/// national prefix, and each fewest-digits bound from the metadata itself — and prints the table
/// anew when an upgrade changes one.
enum PhoneRegionTable {
    struct Facts: Equatable, Sendable {
        let countryCode: Int
        /// "" where the region dials none.
        let nationalPrefix: String
        /// Fewer digits typed without "+" never read as a valid number here (0: no bound).
        let fewestValidDigits: Int
    }

    static let byRegion: [String: Facts] = read(entries)

    /// "region country-code national-prefix fewest-digits", "-" for no prefix, by region.
    static let entries = """
        AC 247 - 5  AD 376 - 6  AE 971 0 5  AF 93 0 6  AG 1 1 4  AI 1 1 4
        AL 355 0 6  AM 374 0 6  AO 244 - 6  AR 54 0 6  AS 1 1 4  AT 43 0 4
        AU 61 0 5  AW 297 - 6  AX 358 0 5  AZ 994 0 6  BA 387 0 6  BB 1 1 4
        BD 880 0 6  BE 32 0 6  BF 226 - 6  BG 359 0 6  BH 973 - 6  BI 257 - 6
        BJ 229 - 6  BL 590 0 6  BM 1 1 4  BN 673 - 6  BO 591 0 6  BQ 599 - 6
        BR 55 0 6  BS 1 1 4  BT 975 - 6  BW 267 - 6  BY 375 8 6  BZ 501 - 6
        CA 1 1 6  CC 61 0 4  CD 243 0 6  CF 236 - 6  CG 242 - 6  CH 41 0 6
        CI 225 - 6  CK 682 - 5  CL 56 - 6  CM 237 - 6  CN 86 0 6  CO 57 0 6
        CR 506 - 6  CU 53 0 6  CV 238 - 6  CW 599 - 6  CX 61 0 4  CY 357 - 6
        CZ 420 - 6  DE 49 0 4  DJ 253 - 6  DK 45 - 6  DM 1 1 4  DO 1 1 6
        DZ 213 0 6  EC 593 0 6  EE 372 - 6  EG 20 0 6  EH 212 0 6  ER 291 0 6
        ES 34 - 6  ET 251 0 6  FI 358 0 5  FJ 679 - 6  FK 500 - 5  FM 691 - 6
        FO 298 - 6  FR 33 0 6  GA 241 - 6  GB 44 0 6  GD 1 1 4  GE 995 0 6
        GF 594 0 6  GG 44 0 3  GH 233 0 6  GI 350 - 6  GL 299 - 6  GM 220 - 6
        GN 224 - 6  GP 590 0 6  GQ 240 - 6  GR 30 - 6  GT 502 - 6  GU 1 1 4
        GW 245 - 6  GY 592 - 6  HK 852 - 5  HN 504 - 6  HR 385 0 6  HT 509 - 6
        HU 36 06 6  ID 62 0 6  IE 353 0 6  IL 972 0 6  IM 44 0 3  IN 91 0 6
        IO 246 - 6  IQ 964 0 6  IR 98 0 4  IS 354 - 6  IT 39 - 6  JE 44 0 3
        JM 1 1 6  JO 962 0 6  JP 81 0 6  KE 254 0 6  KG 996 0 6  KH 855 0 6
        KI 686 0 5  KM 269 - 6  KN 1 1 4  KP 850 0 6  KR 82 0 5  KW 965 - 6
        KY 1 1 4  KZ 7 8 6  LA 856 0 6  LB 961 0 6  LC 1 1 4  LI 423 0 6
        LK 94 0 6  LR 231 0 6  LS 266 - 6  LT 370 8 6  LU 352 - 4  LV 371 - 6
        LY 218 0 6  MA 212 0 6  MC 377 0 6  MD 373 0 6  ME 382 0 6  MF 590 0 6
        MG 261 0 6  MH 692 1 6  MK 389 0 6  ML 223 - 6  MM 95 0 6  MN 976 0 6
        MO 853 - 6  MP 1 1 4  MQ 596 0 6  MR 222 - 6  MS 1 1 4  MT 356 - 6
        MU 230 - 6  MV 960 - 6  MW 265 0 6  MX 52 01 6  MY 60 0 6  MZ 258 - 6
        NA 264 0 6  NC 687 - 6  NE 227 - 6  NF 672 - 5  NG 234 0 6  NI 505 - 6
        NL 31 0 5  NO 47 - 5  NP 977 0 6  NR 674 - 6  NU 683 - 4  NZ 64 0 5
        OM 968 - 6  PA 507 - 6  PE 51 0 6  PF 689 - 6  PG 675 - 6  PH 63 0 6
        PK 92 0 6  PL 48 - 6  PM 508 0 6  PR 1 1 6  PS 970 0 6  PT 351 - 6
        PW 680 - 6  PY 595 0 6  QA 974 - 6  RE 262 0 6  RO 40 0 6  RS 381 0 6
        RU 7 8 6  RW 250 0 6  SA 966 0 6  SB 677 - 5  SC 248 - 6  SD 249 0 6
        SE 46 0 6  SG 65 - 6  SH 290 - 4  SI 386 0 5  SJ 47 - 5  SK 421 0 6
        SL 232 0 6  SM 378 - 4  SN 221 - 6  SO 252 0 6  SR 597 - 6  SS 211 0 6
        ST 239 - 6  SV 503 - 6  SX 1 1 4  SY 963 0 6  SZ 268 - 6  TA 290 - 4
        TC 1 1 4  TD 235 - 6  TG 228 - 6  TH 66 0 6  TJ 992 - 6  TK 690 - 4
        TL 670 - 6  TM 993 8 6  TN 216 - 6  TO 676 - 5  TR 90 0 6  TT 1 1 4
        TV 688 - 5  TW 886 0 6  TZ 255 0 6  UA 380 0 6  UG 256 0 6  US 1 1 6
        UY 598 0 6  UZ 998 8 6  VA 39 - 6  VC 1 1 4  VE 58 0 6  VG 1 1 4
        VI 1 1 4  VN 84 0 6  VU 678 - 5  WF 681 - 6  WS 685 - 5  XK 383 0 6
        YE 967 0 6  YT 262 0 6  ZA 27 0 5  ZM 260 0 6  ZW 263 0 5
        """

    static func read(_ text: String) -> [String: Facts] {
        var facts: [String: Facts] = [:]
        for entry in text.split(separator: "  ").flatMap({ $0.split(separator: "\n") }) {
            let parts = entry.split(separator: " ")
            guard parts.count == 4, let code = Int(parts[1]), let fewest = Int(parts[3]) else { continue }
            facts[String(parts[0])] = Facts(countryCode: code, nationalPrefix: parts[2] == "-" ? "" : String(parts[2]), fewestValidDigits: fewest)
        }
        return facts
    }
}
