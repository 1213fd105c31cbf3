/* dates.c — placeholder, being written. */
