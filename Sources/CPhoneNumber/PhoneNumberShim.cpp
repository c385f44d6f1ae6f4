// The C API of CPhoneNumber.h over libphonenumber. PhoneNumberUtil::GetInstance() is a
// thread-safe singleton and its const methods may be called from several threads at once.
#include "CPhoneNumber.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/phonenumber.pb.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

void copy(const std::string &value, char *out, size_t size) {
    if (size == 0) return;
    size_t n = value.size() < size - 1 ? value.size() : size - 1;
    std::memcpy(out, value.data(), n);
    out[n] = '\0';
}

const PhoneNumberUtil &util() { return *PhoneNumberUtil::GetInstance(); }

}  // namespace

namespace {

// A number written only with ASCII digits, spaces, dashes, dots and brackets, and at most a
// leading "+", as Parse would read it: the digits, after the "+". libphonenumber drops that
// punctuation anyway, but its regular expressions (viability, extensions) scan every character
// first; given only digits they are a quarter cheaper. Anything else (letters, "ext", "#", "/",
// another script's digits, fewer than 3 digits) is left as written.
bool plainDigits(const std::string &input, std::string *digits) {
    digits->clear();
    size_t count = 0;  // digits so far
    for (char c : input) {
        if (c >= '0' && c <= '9') { digits->push_back(c); ++count; continue; }
        if (c == '+' && digits->empty()) { digits->push_back(c); continue; }
        if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') {
            if (c != ' ' && *digits == "+") return false;  // "+-1", "+(1": as written
            continue;
        }
        return false;
    }
    return count >= 3;
}

// Fills `out` from a parsed number; `thorough` skips the shortcuts below (for the check of them).
void parse(const char *text, const char *default_region, cphone_result *out, bool thorough) {
    std::memset(out, 0, sizeof(*out));
    std::string input = text ? text : "";
    if (input.find_first_not_of(" \t\r\n") == std::string::npos) {
        out->status = CPHONE_EMPTY;
        return;
    }
    std::string region = default_region ? default_region : "";
    PhoneNumber number;
    std::string digits;
    if (!thorough && plainDigits(input, &digits)) input.swap(digits);
    switch (util().Parse(input, region, &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR: break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR: out->status = CPHONE_INVALID_COUNTRY_CODE; return;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN: out->status = CPHONE_TOO_SHORT; return;
    case PhoneNumberUtil::TOO_LONG_NSN: out->status = CPHONE_TOO_LONG; return;
    default: out->status = CPHONE_NOT_A_NUMBER; return;
    }
    out->country_code = number.country_code();
    std::string formatted;
    util().Format(number, PhoneNumberUtil::E164, &formatted);
    copy(formatted, out->e164, sizeof(out->e164));
    std::string national_number;  // GetNationalSignificantNumber appends, so start empty
    util().GetNationalSignificantNumber(number, &national_number);
    copy(national_number, out->national_number, sizeof(out->national_number));
    // The shortcut: a number valid in the main region of its country code (US for +1, GB for +44:
    // the region libphonenumber lists first and tries first) belongs to that region. That is what
    // GetRegionCodeForNumber + IsValidNumber would conclude, with one pass over the region's
    // number patterns instead of three — those regular expressions were the largest part of an
    // import's profile. Anything else takes the whole way. `cphone_fast_path_mismatches` checks
    // both ways agree on every region's example numbers.
    if (!thorough) {
        std::string main_region;
        util().GetRegionCodeForCountryCode(number.country_code(), &main_region);
        if (main_region.size() == 2 && main_region != "ZZ" && util().IsValidNumberForRegion(number, main_region)) {
            copy(main_region, out->region, sizeof(out->region));
            out->status = CPHONE_OK;
            return;
        }
    }
    std::string number_region;
    util().GetRegionCodeForNumber(number, &number_region);
    if (number_region != "ZZ") copy(number_region, out->region, sizeof(out->region));
    if (!util().IsValidNumber(number)) {
        switch (util().IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT: out->status = CPHONE_TOO_SHORT; break;
        case PhoneNumberUtil::TOO_LONG: out->status = CPHONE_TOO_LONG; break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE: out->status = CPHONE_INVALID_COUNTRY_CODE; break;
        default: out->status = CPHONE_INVALID_NUMBER; break;
        }
        return;
    }
    out->status = CPHONE_OK;
}

bool same(const cphone_result &a, const cphone_result &b) {
    return a.status == b.status && a.country_code == b.country_code && std::strcmp(a.e164, b.e164) == 0 &&
           std::strcmp(a.national_number, b.national_number) == 0 && std::strcmp(a.region, b.region) == 0;
}

}  // namespace

extern "C" void cphone_parse(const char *text, const char *default_region, cphone_result *out) {
    parse(text, default_region, out, false);
}

extern "C" int cphone_parse_agrees_with_thorough_path(const char *text, const char *default_region) {
    cphone_result fast, thorough;
    parse(text, default_region, &fast, false);
    parse(text, default_region, &thorough, true);
    return same(fast, thorough) ? 1 : 0;
}

extern "C" int cphone_fast_path_mismatches(char *first, int first_size) {
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    const PhoneNumberUtil::PhoneNumberType types[] = {
        PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::TOLL_FREE,
        PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::SHARED_COST, PhoneNumberUtil::VOIP,
        PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER, PhoneNumberUtil::UAN, PhoneNumberUtil::VOICEMAIL};
    const char *defaults[] = {"US", "FR", "ES", "GB", "MX"};
    int mismatches = 0;
    if (first_size > 0) first[0] = '\0';
    for (const std::string &region : regions) {
        for (PhoneNumberUtil::PhoneNumberType type : types) {
            PhoneNumber example;
            if (!util().GetExampleNumberForType(region, type, &example)) continue;
            // Also the example one digit longer and shorter: invalid numbers must agree too.
            std::string forms[4];
            util().Format(example, PhoneNumberUtil::E164, &forms[0]);
            util().Format(example, PhoneNumberUtil::NATIONAL, &forms[1]);
            forms[2] = forms[0] + "5";
            forms[3] = forms[0].substr(0, forms[0].size() - 1);
            for (const std::string &form : forms) {
                for (const char *default_region : {region.c_str(), defaults[0], defaults[1], defaults[2], defaults[3], defaults[4]}) {
                    if (cphone_parse_agrees_with_thorough_path(form.c_str(), default_region)) continue;
                    if (mismatches++ == 0) copy(form + " in " + default_region, first, first_size > 0 ? static_cast<size_t>(first_size) : 0);
                }
            }
        }
    }
    return mismatches;
}

// The display forms are asked for only when a number is shown: formatting runs the region's
// format patterns (regular expressions), which an import of a million rows would pay for nothing.
extern "C" void cphone_format(const char *e164, int international, char *out, int out_size) {
    PhoneNumber number;
    std::string formatted;
    if (e164 && util().Parse(e164, "ZZ", &number) == PhoneNumberUtil::NO_PARSING_ERROR) {
        util().Format(number, international ? PhoneNumberUtil::INTERNATIONAL : PhoneNumberUtil::NATIONAL, &formatted);
    }
    copy(formatted, out, out_size > 0 ? static_cast<size_t>(out_size) : 0);
}

extern "C" int cphone_is_supported_region(const char *region) {
    if (!region) return 0;
    // Asked once: `--region` is checked against all 676 two-letter codes, and a set of every
    // region built for each of them cost milliseconds. (A function-local static is thread-safe.)
    static const std::set<std::string> regions = [] {
        std::set<std::string> all;
        util().GetSupportedRegions(&all);
        return all;
    }();
    return regions.count(region) ? 1 : 0;
}

extern "C" int cphone_country_code_for_region(const char *region) {
    return region ? util().GetCountryCodeForRegion(region) : 0;
}

extern "C" void cphone_national_prefix_for_region(const char *region, char *out, int out_size) {
    std::string prefix;
    if (region) util().GetNddPrefixForRegion(region, true, &prefix);
    copy(prefix, out, out_size > 0 ? static_cast<size_t>(out_size) : 0);
}

extern "C" void cphone_normalize_digits(const char *text, char *out, int out_size) {
    std::string value = text ? text : "";
    util().NormalizeDigitsOnly(&value);
    copy(value, out, out_size > 0 ? static_cast<size_t>(out_size) : 0);
}

// libphonenumber's compiled-in metadata, the blob GetInstance parses; declared here because Debian
// installs phonemetadata.pb.h but not metadata.h. Read only by `cphone_shortest_valid_digits`, which
// the check of the Swift region table calls: never on a command's way.
namespace i18n { namespace phonenumbers {
int metadata_size();
const void *metadata_get();
} }

namespace {

// How many digits longer than typed a national-prefix transform rule can make a national number: the
// literal digits it puts in ("9$1" → 1, "0549$1" → 4, "$1" → 0); -1 when it repeats a group, which
// that count would not bound.
int transformGrowth(const std::string &rule) {
    int digits = 0;
    std::set<char> groups;
    for (size_t i = 0; i < rule.size(); ++i) {
        if (rule[i] == '$' && i + 1 < rule.size()) {
            if (!groups.insert(rule[i + 1]).second) return -1;
            ++i;
        } else if (rule[i] >= '0' && rule[i] <= '9') {
            ++digits;
        }
    }
    return digits;
}

// The shortest national significant number a region's metadata allows: IsValidNumber first matches
// the number against the general description, which refuses any length it does not list. A
// description that lists none bounds nothing beyond libphonenumber's own minimum of 2.
int shortestLength(const i18n::phonenumbers::PhoneNumberDesc &general) {
    int shortest = INT_MAX;
    for (int length : general.possible_length()) if (length >= 2) shortest = std::min(shortest, length);
    return shortest == INT_MAX ? 2 : shortest;
}

}  // namespace

// Why the bound holds. Parse makes a number's national significant number (NSN) from the typed
// digits, less what it strips (an international call prefix and a country code, the country's own
// code, a national prefix, a carrier code), plus what the country's transform rule puts in. Typed
// without "+" in `region`, a number either
//  - stays in the region's country code: its NSN has at most `digits + growth(region)` digits, and
//    is valid only if a region sharing that code lists its length (US numbers are read as CA's too);
//  - or starts with an international call prefix (one digit at least), then another country's code
//    C: at most `digits - 1 - len(C) + growth(C's region)` digits, valid only if C's regions list it.
// So fewer digits than the smaller of those bounds never read as a valid number.
extern "C" int cphone_shortest_valid_digits(const char *region) {
    struct Metadata {
        std::map<int, int> shortestByCode;            // country code → shortest NSN of its regions
        std::map<std::string, int> growthByRegion;    // region → transformGrowth
        int fewestAfterAPrefix = INT_MAX;              // fewest digits valid after a call prefix
        bool read = false;
    };
    static const Metadata metadata = [] {
        Metadata facts;
        i18n::phonenumbers::PhoneMetadataCollection collection;
        if (!collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size())) return facts;
        for (const auto &entry : collection.metadata()) {
            int shortest = shortestLength(entry.general_desc());
            auto known = facts.shortestByCode.find(entry.country_code());
            facts.shortestByCode[entry.country_code()] = known == facts.shortestByCode.end() ? shortest : std::min(known->second, shortest);
            facts.growthByRegion[entry.id()] = transformGrowth(entry.national_prefix_transform_rule());
        }
        for (const auto &entry : collection.metadata()) {
            int growth = transformGrowth(entry.national_prefix_transform_rule());  // "001" names several
            int codeDigits = static_cast<int>(std::to_string(entry.country_code()).size());
            int fewest = growth < 0 ? 0 : facts.shortestByCode[entry.country_code()] - growth + codeDigits + 1;
            facts.fewestAfterAPrefix = std::min(facts.fewestAfterAPrefix, fewest);
        }
        facts.read = true;
        return facts;
    }();
    if (!metadata.read || !region || !metadata.growthByRegion.count(region)) return 0;
    int growth = metadata.growthByRegion.at(region);
    auto sameCode = metadata.shortestByCode.find(util().GetCountryCodeForRegion(region));
    if (growth < 0 || sameCode == metadata.shortestByCode.end()) return 0;
    return std::max(0, std::min(sameCode->second - growth, metadata.fewestAfterAPrefix));
}
