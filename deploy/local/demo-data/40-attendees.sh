#!/usr/bin/env bash
# Registers a few thousand demo attendees (Chinese names in Hanzi with pinyin, international guests) through the
# registration API. It talks to registration-service's own port, not the gateway, so the gateway's per-client limit
# on registration attempts (which protects the real expo) does not throttle the loader.
# Idempotent: attendees are derived from their number; those registered already are counted, not added again.
# Environment: EXPO_REGISTRATION_URL (http://127.0.0.1:8081), EXPO_DEMO_ATTENDEES (2000), EXPO_DEMO_PARALLEL (8).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v python3 >/dev/null || { echo "40-attendees: missing prerequisite: python3 (Debian: apt-get install python3)" >&2; exit 1; }
count="${EXPO_DEMO_ATTENDEES:-2000}"
[[ "$count" =~ ^[0-9]{1,6}$ ]] || { echo "40-attendees: EXPO_DEMO_ATTENDEES must be a number, not '$count'" >&2; exit 2; }
exec python3 "$here/attendees.py" "$count"
