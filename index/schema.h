/* schema.h — every term prefix and value slot the index uses, in one place.
 * Prefixes follow Xapian's convention (docs/termprefixes.rst): upper-case
 * letters, followed by a lower-case or non-letter term, so no ':' is needed. */
#ifndef TRACUU_SCHEMA_H
#define TRACUU_SCHEMA_H

/* (no prefix)  exact form of a word: NFC, case-folded, canonical tone
 *              placement ("đào", "hòa", "1.250.000"). Positional. */

/* F  folded form ("dao"), at the same position as the exact form; indexed only
 *    when it differs from the exact form, so a mark-free query looks for
 *    both "dao" and "Fdao". Positional. */
#define PREFIX_FOLDED "F"

/* Q  the document's identity: its stored source (path or URL). Sources
 *    longer than SCHEMA_MAX_ID_TERM bytes are replaced by "#" + a digest. */
#define PREFIX_ID "Q"

/* H  digest of the document's title and text: finds the same content under
 *    another source. */
#define PREFIX_HASH "H"

/* K  the document's format ("text", "markdown", "html"): a boolean filter. */
#define PREFIX_FORMAT "K"

/* Xapian's limit is 245 bytes for a term. */
#define SCHEMA_MAX_ID_TERM 240

/* Position gap between the title and the body, so no phrase spans both. */
#define SCHEMA_TITLE_GAP 100

/* Value slots. */
enum schema_slot {
	SLOT_DATE = 0, /* "YYYY-MM-DD" publication date: sorts as a string */
};

#endif
