#!/usr/bin/env bash
# Mark every unread ICLR 2022 paper tagged "diffusion" as being read.
# Usage: examples/mark-iclr-diffusion-reading.sh   (honours PAPERCLI_DB / --db via PAPERCLI_DB)
set -euo pipefail
ids=$(papercli list --status unread --venue ICLR --year 2022 --tag diffusion --json | jq -r '.[].id')
if [[ -z $ids ]]; then
  echo "No unread ICLR 2022 diffusion papers." >&2
  exit 0
fi
# shellcheck disable=SC2086
papercli mark-reading $ids
