#!/bin/sh
# gen-cite-tables.sh — placeholder
echo "/* generated: placeholder */"
