/* fuzz.h — the input cap every libFuzzer target shares (run.sh passes the same cap as -max_len). */
#ifndef TRACUU_FUZZ_H
#define TRACUU_FUZZ_H

#include <stddef.h>
#include <stdlib.h>

/* An input past the target's cap is skipped inside the target too, so a reproducer
 * run by hand (without -max_len) takes the same path as in the campaign. The cap
 * keeps every input near the size the parser really sees (a heading, a query, a
 * page's head) so a run reaches depth instead of re-reading one huge seed.
 * FUZZ_NO_CAP=1 lifts it, for feeding one big input on purpose. */
static inline int fuzz_too_big(size_t size, size_t cap)
{
	static int uncapped = -1;
	if (uncapped < 0) {
		const char *e = getenv("FUZZ_NO_CAP");
		uncapped = e && *e && *e != '0';
	}
	return !uncapped && size > cap;
}

#endif
