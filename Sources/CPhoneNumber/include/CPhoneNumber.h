#ifndef CPHONENUMBER_H
#define CPHONENUMBER_H
/* A plain C API over Google's libphonenumber (C++), so Swift can call it without C++ interop.
   Results are written into fixed-size buffers owned by the caller: no memory crosses the boundary. */
#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    CPHONE_OK = 0,
    CPHONE_EMPTY = 1,
    CPHONE_NOT_A_NUMBER = 2,
    CPHONE_INVALID_COUNTRY_CODE = 3,
    CPHONE_TOO_SHORT = 4,
    CPHONE_TOO_LONG = 5,
    /* Parsed, but no such number exists in the numbering plan (IsValidNumber is false). */
    CPHONE_INVALID_NUMBER = 6,
    CPHONE_UNKNOWN_REGION = 7
} cphone_status;


typedef struct {
    int status;               /* a cphone_status */
    int country_code;         /* e.g. 1, 33, 34 */
    char e164[24];            /* "+14155550134" */
    char national_number[24]; /* national significant number, digits only: "4155550134" */
    char region[4];           /* "US", or "" when the country code covers no single region */
} cphone_result;

/* Parses `text` as written anywhere (spaces, dots, dashes, brackets, "00"/"+" prefixes, "tel:"),
   reading a number without country code for `default_region` (ISO 3166 alpha-2), and validates it. */
void cphone_parse(const char *text, const char *default_region, cphone_result *out);

/* For tests of cphone_parse's shortcut (see the .cpp): 1 when it and libphonenumber's whole
   GetRegionCodeForNumber + IsValidNumber path give the same result for `text`, else 0. */
int cphone_parse_agrees_with_thorough_path(const char *text, const char *default_region);

/* The same check over every region's example numbers of every type (as written nationally and in
   E.164, and one digit longer or shorter), read for their own region and five others: how many
   disagree, the first of them written into `first`. */
int cphone_fast_path_mismatches(char *first, int first_size);

/* The national ("(415) 555-0134", international = 0) or international ("+1 415-555-0134") form of
   an E.164 number; "" when it does not parse. */
void cphone_format(const char *e164, int international, char *out, int out_size);
/* 1 when libphonenumber has metadata for the region, else 0. */
int cphone_is_supported_region(const char *region);

/* The country calling code of a region (33 for "FR"), 0 when unknown. */
int cphone_country_code_for_region(const char *region);

/* The national dialling prefix of a region ("0" for FR, "1" for US) into `out`, "" when none. */
void cphone_national_prefix_for_region(const char *region, char *out, int out_size);

/* The fewest digits a text typed without "+" can hold and still read as a valid number for
   `region` (0 when nothing can be said), from libphonenumber's metadata: for the check of the
   Swift region table, which commands read instead of starting libphonenumber. */
int cphone_shortest_valid_digits(const char *region);

/* Digits only, with any script's digits (fullwidth, Arabic-Indic…) turned into ASCII. */
void cphone_normalize_digits(const char *text, char *out, int out_size);

#ifdef __cplusplus
}
#endif
#endif
