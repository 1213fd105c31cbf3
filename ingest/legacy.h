/* legacy.h — private to ingest/: decoders for the 8-bit Vietnamese encodings
 * ICU lacks, and the syllable check the charset detector scores with. */
#ifndef TRACUU_INGEST_LEGACY_H
#define TRACUU_INGEST_LEGACY_H

#include <stddef.h>

#include "ingest/ingest.h"

/* Appends data[0..len) read as cs (CS_TCVN3, CS_VNI, CS_VISCII, CS_TCVN5712;
 * anything else is read as Windows-1252) to out as UTF-8. Not NFC yet: VN1's
 * tone bytes and VNI's mark bytes come out as combining marks after their
 * letter. Every byte means something in these encodings, so it cannot fail. */
void legacy_decode(enum ingest_charset cs, const char *data, size_t len, struct buf *out);

/* 1 if s[0..len) (UTF-8 letters and combining marks, any case, NFC or NFD)
 * spells one Vietnamese syllable: an onset, a rhyme, at most one tone mark,
 * and only sắc or nặng before a final -c, -ch, -p, -t. Else 0. */
int legacy_vn_syllable(const char *s, size_t len);

#endif
