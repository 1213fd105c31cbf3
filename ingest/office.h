/* office.h — private to ingest/: helpers the PDF, DOCX and DOC readers share. */
#ifndef TRACUU_INGEST_OFFICE_H
#define TRACUU_INGEST_OFFICE_H

#include <stddef.h>

#include "ingest/ingest.h"

/* The encoding a font name implies: CS_TCVN3 for ".Vn…" fonts (*capitals
 * set for their capitals-only "…H" members, e.g. ".VnTimeH"), CS_VNI for
 * "VNI-…" fonts, else CS_UNKNOWN. font may be NULL. */
enum ingest_charset office_font_charset(const char *font, int *capitals);

/* Appends s[0..len) in capitals (ICU, Vietnamese rules) to out. */
void office_upper(const char *s, size_t len, struct buf *out);

/* 1 if the UTF-8 text starts with a lower-case letter. */
int office_is_lower_start(const char *s, size_t len);

#endif
