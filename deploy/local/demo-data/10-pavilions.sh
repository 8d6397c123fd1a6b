#!/usr/bin/env bash
# Loads the 2018 expo's seven pavilions, their floor plans and the programme (dialogues, forums, the AI competition
# final) through the organizer API of pavilion-service. Idempotent: what exists already is left as it is.
# Environment: EXPO_GATEWAY (default http://localhost:8080), EXPO_ORGANIZER_TOKEN (or EXPO_TOKEN_COMMAND to mint one).
# Data: pavilions.json (pavilions with their booths) and sessions.json beside this script.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v python3 >/dev/null || { echo "expo: python3 is needed to load the demo pavilions" >&2; exit 1; }
if [[ -z "${EXPO_ORGANIZER_TOKEN:-}" && -n "${EXPO_TOKEN_COMMAND:-}" ]]; then
  EXPO_ORGANIZER_TOKEN="$("$EXPO_TOKEN_COMMAND" organizer)"
fi
[[ -n "${EXPO_ORGANIZER_TOKEN:-}" ]] || { echo "expo: set EXPO_ORGANIZER_TOKEN (deploy/local/token organizer prints one)" >&2; exit 1; }
export EXPO_ORGANIZER_TOKEN EXPO_DEMO_DATA="$here"

exec python3 - <<'PY'
import json, os, sys, time, urllib.error, urllib.parse, urllib.request

gateway = os.environ.get("EXPO_GATEWAY", "http://localhost:8080").rstrip("/")
token = os.environ["EXPO_ORGANIZER_TOKEN"]
data = os.environ["EXPO_DEMO_DATA"]


def call(method, path, body=None, ok=(200, 201, 204), missing_ok=False):
    """One API call; retries while the gateway or service is still starting; returns (status, parsed body)."""
    payload = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
    for attempt in range(10):
        request = urllib.request.Request(gateway + path, data=payload, method=method)
        request.add_header("Authorization", "Bearer " + token)
        request.add_header("Accept", "application/json")
        if payload is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                text = response.read().decode("utf-8")
                return response.status, (json.loads(text) if text else None)
        except urllib.error.HTTPError as e:
            text = e.read().decode("utf-8", "replace")
            if e.code == 404 and missing_ok:
                return 404, None
            if e.code in (502, 503, 504) and attempt < 9:
                time.sleep(2)
                continue
            sys.exit(f"expo: {method} {path} answered {e.code}: {text}")
        except urllib.error.URLError as e:
            if attempt < 9:
                time.sleep(2)
                continue
            sys.exit(f"expo: {method} {path} failed: {e.reason}")


with open(os.path.join(data, "pavilions.json"), encoding="utf-8") as f:
    pavilions = json.load(f)
with open(os.path.join(data, "sessions.json"), encoding="utf-8") as f:
    sessions = json.load(f)

created = plans = booths = 0
for pavilion in pavilions:
    code = pavilion["code"]
    fields = {k: v for k, v in pavilion.items() if k != "booths"}
    status, _ = call("GET", f"/api/pavilions/{code}", missing_ok=True)
    if status == 404:
        call("POST", "/api/pavilions", fields)
        created += 1
    _, plan = call("GET", f"/api/pavilions/{code}/floorplan")
    if not plan["booths"]:
        call("PUT", f"/api/pavilions/{code}/floorplan", {"booths": pavilion["booths"]})
        plans += 1
        booths += len(pavilion["booths"])

added = 0
for pavilion_code in sorted({s["pavilionCode"] for s in sessions}):
    query = urllib.parse.urlencode({"pavilion": pavilion_code, "size": 500})
    _, page = call("GET", f"/api/sessions?{query}")
    existing = {(s["titleEn"], s["stage"]) for s in page["items"]}
    for session in sessions:
        if session["pavilionCode"] == pavilion_code and (session["titleEn"], session["stage"]) not in existing:
            call("POST", "/api/sessions", session)
            added += 1

print(f"pavilions: {created} created, {len(pavilions) - created} already there; "
      f"floor plans: {plans} imported ({booths} booths); sessions: {added} added, {len(sessions) - added} already there")
PY
