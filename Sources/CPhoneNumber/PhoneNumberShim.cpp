// The C API of CPhoneNumber.h over libphonenumber. PhoneNumberUtil::GetInstance() is a
// thread-safe singleton and its const methods may be called from several threads at once.
#include "CPhoneNumber.h"

#include <cstring>
#include <set>
#include <string>
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
