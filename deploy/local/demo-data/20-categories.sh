#!/usr/bin/env bash
# Creates the 2018 registration categories (and the VIP invitation codes) through the organizer API.
# Idempotent: a category or code that exists already is left as it is.
# Environment: EXPO_GATEWAY (http://localhost:8080), EXPO_ORGANIZER_TOKEN (an organizer JWT; required).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v python3 >/dev/null || { echo "20-categories: missing prerequisite: python3 (Debian: apt-get install python3)" >&2; exit 1; }
[[ -n "${EXPO_ORGANIZER_TOKEN:-}" ]] || { echo "20-categories: EXPO_ORGANIZER_TOKEN is not set (deploy/local/token organizer prints one)" >&2; exit 1; }

EXPO_GATEWAY="${EXPO_GATEWAY:-http://localhost:8080}" DATA="$here/categories.json" exec python3 - <<'PY'
import json, os, sys, urllib.error, urllib.parse, urllib.request

base = os.environ["EXPO_GATEWAY"].rstrip("/")
token = os.environ["EXPO_ORGANIZER_TOKEN"]
with open(os.environ["DATA"], encoding="utf-8") as f:
    categories = json.load(f)["categories"]

def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")

created = existing = 0
for category in categories:
    invitations = category.pop("invitations", [])
    code = category["code"]
    status, _ = call("GET", "/api/categories/" + urllib.parse.quote(code))
    if status == 200:
        existing += 1
    elif status == 404:
        status, answer = call("POST", "/api/categories", category)
        if status == 409:
            existing += 1
        elif status != 201:
            sys.exit(f"20-categories: creating {code} failed: {status} {answer}")
        else:
            created += 1
    else:
        sys.exit(f"20-categories: reading {code} failed: {status}")
    if invitations:
        status, known = call("GET", f"/api/categories/{urllib.parse.quote(code)}/invitations")
        if status != 200:
            sys.exit(f"20-categories: listing invitation codes of {code} failed: {status} {known}")
        have = {i["code"] for i in known}
        for invitation in invitations:
            if invitation["code"] not in have:
                status, answer = call("POST", f"/api/categories/{urllib.parse.quote(code)}/invitations", invitation)
                if status not in (201, 409):
                    sys.exit(f"20-categories: invitation {invitation['code']} failed: {status} {answer}")
print(f"20-categories: {created} categories created, {existing} already there ({base})")
PY
