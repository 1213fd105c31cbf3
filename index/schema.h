/* schema.h — every term prefix and value slot the index uses, in one place.
 * Prefixes follow Xapian's convention (docs/termprefixes.rst): upper-case
 * letters, followed by a lower-case or non-letter term, so no ':' is needed. */
#ifndef TRACUU_SCHEMA_H
#define TRACUU_SCHEMA_H

/* The version of this scheme, in the metadata key "schema": an index made
 * with another scheme is refused with a request to ingest again. Scheme 4:
 * T and I hold only cited numbers, XT/XO/XN the document's own. Scheme 5:
 * XA pairs also as written with marks (a filter) and AH whole headings,
 * without which a marked query's names weigh by folded pairs only. Scheme 6:
 * XW, one term for a regulation's own text, which a name's weight filters
 * by (query/build.c, own_text) in place of an OR of every XT term. */
#define SCHEMA_VERSION "6"
#define META_SCHEMA "schema"

/* (no prefix)  exact form of a word: NFC, case-folded, canonical tone
 *              placement ("đào", "hòa", "1.250.000"). Counted (wdf), no
 *              positions: the folded term carries them. */

/* F  folded form ("dao") of every word, marked or not, at its position: the
 *    only positional terms. A mark-free query and every phrase use these
 *    (a phrase typed with marks also needs the exact words: build.c).
 *    Scheme 1 put positions on both forms; one positional term per token
 *    makes the index about a third smaller. */
#define PREFIX_FOLDED "F"

/* B  a word of two syllables: the folded forms of two adjacent words with
 *    only white space between them, line breaks included, joined by '_'
 *    ("Bphap_luat", "Bdan_su"); no pair across punctuation or with a number
 *    (text_joins). Vietnamese writes words as syllables, and most words
 *    have two or three: these pairs let ranking see "luật dân sự" as words
 *    rather than three common syllables, and a quoted phrase requires them,
 *    so that its positions are checked in far fewer documents. Folded only
 *    (the exact single-syllable terms carry the tones), no positions
 *    (phrases use the single terms); each occurrence counts (wdf), for
 *    BM25. Built by index/termgen.c and query/build.c with the same rule.
 *    Scheme 2 paired only across spaces, numbers too. */
#define PREFIX_PAIR "B"
#define PAIR_JOIN '_'

/* A  a two-syllable word of an article heading, as text_structure_read
 *    finds them ("Điều 26. Thời giờ …", a heading over lines; not the
 *    articles an amending text quotes): "Athoi_gio", "Alam_viec", folded and
 *    joined as B, counted, no positions. Pairs only: single syllables say
 *    little, and every term counted lengthens the document for BM25. Where a word stands says what a text is about: a query's
 *    words in a title or heading weigh more than in the body (query/build.c),
 *    so the law on working time ranks above the laws that mention it.
 *    Written since scheme 4; an index without them ranks by the body only. */
#define PREFIX_HEADING "A"
/* XA  the same for the document's name only: its own type (letterhead) and
 *    its title, "Bộ luật" + "Lao động" ("XAbo_luat", "XAluat_lao",
 *    "XAlao_dong"): a law whose subject is the query above the laws whose
 *    articles are about it. Since scheme 5 a pair whose words carry marks
 *    is also written as it stands ("XAbộ_luật"), as a boolean term (no wdf:
 *    the document's length is the same): a query typed with marks on both
 *    words weighs the folded pair only where the name holds it so ("đình
 *    công" is not the "định công" of "Quyết định công nhận …"). */
#define PREFIX_NAME "XA"
/* AH a short article heading whole, its words folded and joined by '_'
 *    ("Điều 24. Thử việc": "AHthu_viec"), counted once per article so
 *    headed, when it has 2 to SCHEMA_WHOLE_HEADING_MAX words: a few words
 *    typed that are exactly an article's heading name what the article is
 *    about, which a page that only says them in its title or body is not
 *    (query/build.c, whole_heading). Since scheme 5. */
#define PREFIX_WHOLE_HEADING "AH"
#define SCHEMA_WHOLE_HEADING_MAX 8
/* Only texts of at least this many tokens have XA terms (termgen.c). */
#define SCHEMA_NAME_MIN_TOKENS 512
/* A heading is at most this many tokens: a line that runs on is an
 * article written on one line, not its heading. */
#define SCHEMA_HEADING_MAX 24

/* Q  the document's identity: its stored source (path or URL). Sources
 *    longer than SCHEMA_MAX_ID_TERM bytes are replaced by "#" + a digest. */
#define PREFIX_ID "Q"

/* H  digest of the document's title and text: finds the same content under
 *    another source. */
#define PREFIX_HASH "H"

/* K  the document's format ("text", "markdown", "html"): a boolean filter. */
#define PREFIX_FORMAT "K"

/* N  a document number the document mentions, canonical ("N57-QĐ/TW"):
 *    boolean, so 57-QĐ/TW never matches a document citing only 57-NQ/TW. */
#define PREFIX_CITE "N"

/* L  the document is the source text of this number (its letterhead says
 *    "Số: 89/2021/NĐ-CP"). */
#define PREFIX_SOURCE_OF "L"

/* S  a reference by type and number: folded type name, ':', the number and
 *    "/year" when known ("Squydinh:57", "Snghidinh:89/2021"). Both short
 *    references ("Quy định số 57") and full numbers carry it. */
#define PREFIX_SHORT "S"

/* Z  the canonical number with the leading zeros of its number dropped
 *    ("Z1/2025/TT-BNV" for 01/… and 001/…), so a user typing 1/2025/TT-BNV
 *    is offered both. */
#define PREFIX_LOOSE "Z"

/* T  folded type name of a number the document cites, other than its own
 *    ("Tquydinh", "Tnghidinh", "Tluat"): --cites-type, cites-type:. */
#define PREFIX_TYPE "T"

/* I  the issuing bodies of a number the document cites, other than its
 *    own, as the issuer table's code (cite_issuer_body: "ITW", "IBTC";
 *    a joint number "BLĐTBXH-BTC" gives both; a legislature's number gives
 *    "IQH" and "IQH14"); codes the table does not know give none:
 *    --cites-issuer, cites-issuer:. */
#define PREFIX_ISSUER "I"

/* XI folded name of the issuing body of a cited number, read from the text
 *    ("XIbanbithu"): --cites-issuer given by a name the table cannot say. */
#define PREFIX_ISSUER_NAME "XI"

/* XT the document's own type, from its letterhead's number (its first
 *    "Số: …"), folded as T ("XTnghidinh", "XTluat"): --type, type:, facet. */
#define PREFIX_OWN_TYPE "XT"

/* XW one boolean term, "XWown", on every document that has an XT term: a
 *    regulation's own text. A query that weighs a regulation's name
 *    (query/build.c, own_text) filters by it: one posting list read where
 *    an OR of every type's XT term read forty. Since scheme 6. */
#define TERM_OWN_TEXT "XWown"

/* XO the document's own issuing bodies, from its letterhead's number, as I
 *    ("XOCP", "XOQH", "XOQH14"): --issuer, issuer:, facet. */
#define PREFIX_OWN_ISSUER "XO"

/* XN the folded name of the body its letterhead's number names
 *    ("XNbochinhtri"): --issuer given by a name the table cannot say. */
#define PREFIX_OWN_ISSUER_NAME "XN"

/* XD the name, as read, of each of its own bodies whose name ends with a
 *    place ("XDỦy ban nhân dân tỉnh Hà Tĩnh"): the issuer facet counts a
 *    province's or a town's committee, council, department under that name,
 *    not all of them under their shared code (UBND, HĐND). Not queried:
 *    --issuer finds the same documents by XN. */
#define PREFIX_OWN_ISSUER_SHOWN "XD"

/* XR a regulation named only by its name that the document's own text acts
 *    on ("Căn cứ Luật Tổ chức Chính phủ …", "sửa đổi … Luật Bảo hiểm y tế"):
 *    its key, cites_name_key ("XRluat:baohiemyte"); the card of the text so
 *    titled finds them (registry.c). */
#define PREFIX_NAMED "XR"

/* Y  the year of the document's own date ("Y2022"): --year and its facet. */
#define PREFIX_YEAR "Y"

/* Metadata keys (Xapian's key-value store beside the documents):
 *   "R" + canonical  the registry entry of a number (registry.c)
 *   "r" + short key  canonical numbers that a short reference may mean (cite_short_key)
 *   "z" + loose      canonical numbers that differ only by leading zeros
 *   "P" + canonical  "1": the entry under "R" waits to be recomputed; a run
 *                    of ingest settles them at its end, readers compute a
 *                    waiting entry themselves (registry.c)
 *   "D" + docid      in a segment of a bulk run (index/bulk.c): the run
 *                    replaced that document, to delete once merged; never
 *                    left in the index itself
 *   "written"        documents added or replaced since the index was last
 *                    compacted, in decimal (compact.c); unset: never counted */
#define META_REGISTRY "R"
#define META_SHORT "r"
#define META_LOOSE "z"
#define META_PENDING "P"
#define META_WRITTEN "written"
#define META_REPLACED "D"

/* Xapian's limit is 245 bytes for a term. */
#define SCHEMA_MAX_ID_TERM 240

/* Position gap between the title and the body, so no phrase spans both. */
#define SCHEMA_TITLE_GAP 100

/* Value slots. */
enum schema_slot {
	SLOT_DATE = 0,       /* "YYYY-MM-DD": the issue date of a regulation's own
			      * text, else the publication date; full dates only.
			      * Sorts as a string; --from/--to filter on it */
	SLOT_ISSUE_DATE = 1, /* "YYYY-MM-DD" from the letterhead */
	SLOT_PUB_DATE = 2,   /* "YYYY-MM-DD" publication date of a page */
	SLOT_MENTIONS = 3,   /* the numbers the text cites, one line each, deflated
			      * (index/cites.c: cites_pack, cites_get) */
	SLOT_OFFSETS = 4,    /* where the body's tokens are: varints, the body's first
			      * position, then the byte offset of every
			      * SCHEMA_OFFSET_STEP-th token as a delta from the last.
			      * Excerpts start tokenising near a match instead of
			      * at the start of a 100-page law (query/excerpt.c) */
	SLOT_TEXT_OF = 5,    /* a regulation's own text: its own number (the first
			      * letterhead's, as L), its issue date and its
			      * letterhead's subject folded (text_fold_key), each
			      * after a space ("45/2019/QH14 2019-11-20 laodong";
			      * empty parts when not read); one without a number
			      * and with a page date: its type, body code, date
			      * and title ("hienphap QH 2013-11-28 hienphap…");
			      * unset for other texts.
			      * Two copies of one text (two sources, two formats)
			      * share it: a search collapses on it (query/search.c).
			      * Date and subject keep apart the texts one number
			      * names (every province's 98/2025/QĐ-UBND; two 1994
			      * laws under one promulgation order, 35-L/CTN). An
			      * index without it collapses nothing */
	SLOT_ORDER = 6,      /* the source (path or URL), a NUL, the content hash:
			      * what breaks a tie (equal scores, the copy a
			      * collapse keeps, citing documents of one date)
			      * where the docid would, since shards number
			      * documents otherwise than one index. An index
			      * without it breaks ties by docid */
};
#define SCHEMA_OFFSET_STEP 64

#endif
