#!/usr/bin/env bash
# The next five papers to read as a Markdown checklist with links.
set -euo pipefail
papercli next 5 --json | jq -r '.[] | "- [ ] [\(.title)](\(.url // .pdf_url // ""))"'
