/* legacy.c — placeholder, being written. */
