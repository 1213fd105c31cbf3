/* citation.c — placeholder, being written. */
