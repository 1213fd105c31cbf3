/* fetch.c — placeholder, being written. */
