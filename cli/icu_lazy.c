/* icu_lazy.c — ICU loaded when a command first needs it, for the tracuu
 * binary only. Loading libicuuc (and the libicudata it pulls in) with the
 * program cost every call about 0.3 ms of its 2 ms start-up (relocations,
 * page faults; bench/RESULTS.md, h15b), yet a search or cite of Vietnamese
 * text reads its letters, case and NFC on the text/ fast paths
 * (text_vn_letter, text_vn_punct) and never calls ICU. These definitions
 * stand for the ICU functions tracuu calls (the headers give them their
 * versioned names, u_charType_72): the first call opens the library the
 * headers are of and fills a table, each call goes through it. tracuu-serve,
 * tracuu-ingest and the tests link ICU as usual. A function added to text/
 * that tracuu calls fails its link here until it is listed below. */
#include "config.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

#include "cli/cli.h"

#define ICU_LIBRARY "libicuuc.so." U_ICU_VERSION_SHORT

#define NAME_(f) #f
#define NAME(f) NAME_(f)

/* X(returns, function, its parameters, the call's arguments) */
#define ICU_FUNCTIONS(X) \
	X(int8_t, u_charType, (UChar32 c), (c)) \
	X(uint8_t, u_getCombiningClass, (UChar32 c), (c)) \
	X(UBool, u_isalpha, (UChar32 c), (c)) \
	X(UBool, u_islower, (UChar32 c), (c)) \
	X(UBool, u_isupper, (UChar32 c), (c)) \
	X(UChar32, u_tolower, (UChar32 c), (c)) \
	X(UChar32, u_toupper, (UChar32 c), (c)) \
	X(int32_t, u_strFoldCase, (UChar *dest, int32_t cap, const UChar *src, int32_t n, \
		uint32_t options, UErrorCode *err), (dest, cap, src, n, options, err)) \
	X(int32_t, u_strToLower, (UChar *dest, int32_t cap, const UChar *src, int32_t n, \
		const char *locale, UErrorCode *err), (dest, cap, src, n, locale, err)) \
	X(UChar *, u_strFromUTF8, (UChar *dest, int32_t cap, int32_t *len, const char *src, \
		int32_t n, UErrorCode *err), (dest, cap, len, src, n, err)) \
	X(UChar *, u_strFromUTF8WithSub, (UChar *dest, int32_t cap, int32_t *len, \
		const char *src, int32_t n, UChar32 sub, int32_t *subs, UErrorCode *err), \
		(dest, cap, len, src, n, sub, subs, err)) \
	X(char *, u_strToUTF8, (char *dest, int32_t cap, int32_t *len, const UChar *src, \
		int32_t n, UErrorCode *err), (dest, cap, len, src, n, err)) \
	X(const UNormalizer2 *, unorm2_getNFCInstance, (UErrorCode *err), (err)) \
	X(const UNormalizer2 *, unorm2_getNFDInstance, (UErrorCode *err), (err)) \
	X(UBool, unorm2_hasBoundaryBefore, (const UNormalizer2 *norm, UChar32 c), (norm, c)) \
	X(UBool, unorm2_isNormalized, (const UNormalizer2 *norm, const UChar *s, int32_t n, \
		UErrorCode *err), (norm, s, n, err)) \
	X(int32_t, unorm2_normalize, (const UNormalizer2 *norm, const UChar *src, int32_t n, \
		UChar *dest, int32_t cap, UErrorCode *err), (norm, src, n, dest, cap, err)) \
	X(UNormalizationCheckResult, unorm2_quickCheck, (const UNormalizer2 *norm, \
		const UChar *s, int32_t n, UErrorCode *err), (norm, s, n, err))

#define POINTER(ret, f, params, args) ret (*f##_at) params;
static struct {
	ICU_FUNCTIONS(POINTER)
} icu;
static pthread_once_t icu_once = PTHREAD_ONCE_INIT;

/* Every function at once: a command that needs ICU needs several. A
 * library that will not open is an installation without ICU: said, and the
 * command ends as the loader would have ended it. */
static void icu_open(void)
{
	void *lib = dlopen(ICU_LIBRARY, RTLD_LAZY | RTLD_LOCAL);
	if (!lib) {
		errorf("cannot load ICU (%s), needed to read this text: %s", ICU_LIBRARY, dlerror());
		exit(127);
	}
#define RESOLVE(ret, f, params, args) \
	if (!(sym = dlsym(lib, NAME(f)))) { \
		errorf("%s has no %s: %s", ICU_LIBRARY, NAME(f), dlerror()); \
		exit(127); \
	} \
	memcpy(&icu.f##_at, &sym, sizeof sym);
	void *sym;
	ICU_FUNCTIONS(RESOLVE)
}

#define DEFINE(ret, f, params, args) \
	ret f params \
	{ \
		pthread_once(&icu_once, icu_open); \
		return icu.f##_at args; \
	}
ICU_FUNCTIONS(DEFINE)
