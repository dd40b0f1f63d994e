#!/usr/bin/env bash
# What did I read in the last 7 days? Titles and venues, from the JSON output.
set -euo pipefail
since=$(date -u -d '7 days ago' +%Y-%m-%dT%H:%M:%S 2>/dev/null || date -u -v-7d +%Y-%m-%dT%H:%M:%S)
papercli list --status read --sort read --json \
  | jq -r --arg since "$since" '.[] | select(.read_at >= $since)
      | "\(.read_at[0:10])  \(.title)  (\(.venue // "?") \(.year // ""))"'
