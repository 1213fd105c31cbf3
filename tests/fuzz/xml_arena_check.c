/* xml_arena_check.c — fuzz-smoke.sh's check that xml_arena.h still reports what ASan would on libxml2's memory. */
#include "tests/fuzz/xml_arena.h"

#include <libxml/HTMLparser.h>

/* usage: xml_arena_check MODE. Three inputs, each a parse and a string, like
 * a fuzz input; the third does what MODE says: 0 nothing wrong (prints
 * "clean", exit 0), 1 reads past a string's end, 2 reads a freed string
 * (both an ASan report), 3 frees twice, 4 leaks, 5 frees a pointer into a
 * block (each an abort with xml_arena's message). */
int main(int argc, char **argv)
{
	int mode = argc > 1 ? atoi(argv[1]) : 0;
	xa_install();
	for (int input = 0; input < 3; input++) {
		static const char page[] = "<p>a<b>c</i><td>d";
		htmlDocPtr doc = htmlReadMemory(page, (int)sizeof page - 1, NULL, "UTF-8",
						HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
		xmlChar *s = xmlStrdup(BAD_CAST "abcdefg");
		volatile char c = 0;
		if (input == 2) {
			if (mode == 1)
				c = (char)s[8];
			if (mode == 2) {
				xmlFree(s);
				c = (char)s[0];
				s = NULL;
			}
			if (mode == 3)
				xmlFree(s);
			if (mode == 4)
				s = NULL;
			if (mode == 5) {
				xmlFree(s + 1);
				s = NULL;
			}
		}
		(void)c;
		xmlFree(s);
		xmlFreeDoc(doc);
		xa_input_done();
	}
	puts("clean");
	return 0;
}
