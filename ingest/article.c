/* article.c — placeholder, being written. */
