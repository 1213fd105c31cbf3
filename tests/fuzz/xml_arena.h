/* xml_arena.h — a fuzz target's libxml2 allocations served from a per-input arena that keeps ASan's checks on them. */
#ifndef TRACUU_FUZZ_XML_ARENA_H
#define TRACUU_FUZZ_XML_ARENA_H

/* Why: libxml2 2.9.14 formats and copies every parse error of a malformed
 * page (one message buffer grown by realloc, then a copy of the message and
 * of its strings into the context's last error and again into the global
 * one), and fuzz inputs are malformed pages: most of an html execution was
 * ASan's allocator under libxml2 (stack capture, fill, quarantine). libxml2
 * is not instrumented, so what ASan checks on its memory is the project's
 * reads and writes of it, its frees, and leaks; the arena keeps those:
 * - each block sits between poisoned bytes (a 16-byte header before it, at
 *   least 16 bytes after it), so reading past a libxml2 string or node is a
 *   report, as on the heap;
 * - a freed block is poisoned until the input ends, so a use after free
 *   within the input is a report; a second free or a free of a pointer
 *   libxml2 did not hand out aborts with a message;
 * - after each input every block must have been freed (libxml2's global
 *   copy of the last error is reset first): a block left is a leak, which
 *   aborts (libFuzzer keeps the input).
 * What it gives up: allocation and free stacks in a report, and a use after
 * free across inputs (the arena starts over at each input). Reproduce a
 * finding with FUZZ_XML_MALLOC=1, which leaves libxml2 on the heap.
 * A block that does not fit the arena comes from the heap, and a pointer
 * not in the arena is handed to free/realloc, so memory libxml2 took before
 * the arena was installed (xmlInitParser's) is still freed correctly. */
#include <sanitizer/asan_interface.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

#define XA_SIZE ((size_t)64 << 20) /* address space; only what an input uses is touched */
#define XA_RED 16
#define XA_LIVE 0x4c495645u
#define XA_FREED 0x46524545u

struct xa_head {
	size_t size;
	uint32_t magic;
	uint32_t pad;
};

static char *xa_base, *xa_top, *xa_end;
static size_t xa_live;

/* The headers are poisoned for everyone else: read and written here only. */
__attribute__((no_sanitize_address)) static struct xa_head xa_head_get(const void *p)
{
	return ((const struct xa_head *)p)[-1];
}

__attribute__((no_sanitize_address)) static void xa_head_set(void *p, size_t size, uint32_t magic)
{
	struct xa_head *h = (struct xa_head *)p - 1;
	h->size = size;
	h->magic = magic;
	h->pad = 0;
}

static int xa_owns(const void *p)
{
	return (const char *)p >= xa_base && (const char *)p < xa_end;
}

static void *xa_malloc(size_t n)
{
	size_t room = sizeof(struct xa_head) + ((n + 15) & ~(size_t)15) + XA_RED;
	if (n > XA_SIZE || (size_t)(xa_end - xa_top) < room)
		return malloc(n);
	char *p = xa_top + sizeof(struct xa_head);
	xa_top += room;
	xa_head_set(p, n, XA_LIVE);
	ASAN_UNPOISON_MEMORY_REGION(p, n);
	xa_live++;
	return p;
}

/* A block's header, or an abort when p is no live block's start. */
static struct xa_head xa_block(const void *p)
{
	struct xa_head h = { 0, 0, 0 };
	if ((const char *)p >= xa_base + sizeof h && ((uintptr_t)p & 15) == 0)
		h = xa_head_get(p);
	if (h.magic == XA_LIVE)
		return h;
	fprintf(stderr, "xml_arena: %s %p\n",
		h.magic == XA_FREED ? "a second xmlFree of" : "xmlFree of a pointer libxml2 did not hand out:", p);
	abort();
}

static void xa_free(void *p)
{
	if (!p)
		return;
	if (!xa_owns(p)) {
		free(p);
		return;
	}
	struct xa_head h = xa_block(p);
	xa_head_set(p, h.size, XA_FREED);
	ASAN_POISON_MEMORY_REGION(p, h.size);
	xa_live--;
}

static void *xa_realloc(void *p, size_t n)
{
	if (!p)
		return xa_malloc(n);
	if (!xa_owns(p))
		return realloc(p, n);
	struct xa_head h = xa_block(p);
	void *q = xa_malloc(n);
	if (!q)
		return NULL;
	memcpy(q, p, h.size < n ? h.size : n);
	xa_free(p);
	return q;
}

static char *xa_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = xa_malloc(n);
	if (p)
		memcpy(p, s, n);
	return p;
}

/* From LLVMFuzzerInitialize: libxml2's own set-up first, on the heap (it
 * lives as long as the process), then the arena for everything after. */
static void xa_install(void)
{
	xmlInitParser();
	const char *e = getenv("FUZZ_XML_MALLOC");
	if (e && *e && *e != '0')
		return;
	void *m = mmap(NULL, XA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (m == MAP_FAILED)
		return;
	xa_base = xa_top = m;
	xa_end = xa_base + XA_SIZE;
	ASAN_POISON_MEMORY_REGION(xa_base, XA_SIZE);
	xmlMemSetup(xa_free, xa_malloc, xa_realloc, xa_strdup);
}

/* After each input: every block freed, then the arena starts over. */
static void xa_input_done(void)
{
	if (!xa_base)
		return;
	xmlResetLastError();
	if (xa_live) {
		fprintf(stderr, "xml_arena: %zu libxml2 allocations not freed after this input (a leak)\n",
			xa_live);
		abort();
	}
	xa_top = xa_base;
}

#endif
