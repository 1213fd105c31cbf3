/* charset.c — placeholder until the charset work lands: names only. */
#include "ingest/ingest.h"

const char *ingest_charset_name(enum ingest_charset cs)
{
	return cs == CS_UTF8 ? "utf-8" : "unknown";
}
