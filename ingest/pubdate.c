/* pubdate.c — placeholder, being written. */
