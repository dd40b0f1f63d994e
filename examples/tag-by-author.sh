#!/usr/bin/env bash
# Tag every paper by an author (fuzzy search over authors) with a tag.
# Usage: examples/tag-by-author.sh "Carlini" security
set -euo pipefail
author=${1:?author name}
tag=${2:?tag}
papercli list --author "$author" --json | jq -r '.[].id' | while read -r id; do
  papercli tag "$id" "$tag"
done
