/* robots.c — placeholder, being written. */
