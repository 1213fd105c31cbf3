/* cite.c — placeholder, being written. */
