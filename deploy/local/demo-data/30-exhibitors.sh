#!/usr/bin/env bash
# Loads some forty exhibitors of the 2018 expo (the large companies named by the expo, smaller Guizhou firms and
# Belt and Road partner cities) through the public and organizer API of exhibitor-service: each applies, submits,
# is approved onto a FREE booth of its pavilion's floor plan (pavilion-service) and lists its products.
# Idempotent: a company already in the directory is skipped; a run cut short resumes with the same Idempotency-Key.
# Environment: EXPO_GATEWAY (default http://localhost:8080), EXPO_ORGANIZER_TOKEN (or EXPO_TOKEN_COMMAND to mint one).
# Data: exhibitors.json beside this script.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v python3 >/dev/null || { echo "expo: python3 is needed to load the demo exhibitors" >&2; exit 1; }
if [[ -z "${EXPO_ORGANIZER_TOKEN:-}" && -n "${EXPO_TOKEN_COMMAND:-}" ]]; then
  EXPO_ORGANIZER_TOKEN="$("$EXPO_TOKEN_COMMAND" organizer)"
fi
[[ -n "${EXPO_ORGANIZER_TOKEN:-}" ]] || { echo "expo: set EXPO_ORGANIZER_TOKEN (deploy/local/token organizer prints one)" >&2; exit 1; }
export EXPO_ORGANIZER_TOKEN EXPO_DEMO_DATA="$here"

exec python3 - <<'PY'
import json, os, re, sys, time, urllib.error, urllib.parse, urllib.request

gateway = os.environ.get("EXPO_GATEWAY", "http://localhost:8080").rstrip("/")
organizer = "Bearer " + os.environ["EXPO_ORGANIZER_TOKEN"]
data = os.environ["EXPO_DEMO_DATA"]


class Refused(Exception):
    def __init__(self, status, problem):
        super().__init__(f"{status}: {problem}")
        self.status, self.problem = status, problem


def call(method, path, body=None, auth=None, headers=None, refused=()):
    """One API call; waits while the gateway or a service is starting; statuses in `refused` raise Refused."""
    payload = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
    for attempt in range(15):
        request = urllib.request.Request(gateway + path, data=payload, method=method)
        request.add_header("Accept", "application/json")
        if auth:
            request.add_header("Authorization", auth)
        if payload is not None:
            request.add_header("Content-Type", "application/json")
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                text = response.read().decode("utf-8")
                return json.loads(text) if text else None
        except urllib.error.HTTPError as e:
            text = e.read().decode("utf-8", "replace")
            try:
                problem = json.loads(text)
            except ValueError:
                problem = {"detail": text}
            if e.code in refused:
                raise Refused(e.code, problem)
            # 503 also covers pavilion-service being briefly unavailable behind exhibitor-service (circuit open).
            if e.code in (409, 502, 503, 504) and attempt < 14 and (e.code != 409 or "in-flight" in str(problem.get("type"))):
                time.sleep(2)
                continue
            sys.exit(f"expo: {method} {path} answered {e.code}: {text}")
        except urllib.error.URLError as e:
            if attempt < 14:
                time.sleep(2)
                continue
            sys.exit(f"expo: {method} {path} failed: {e.reason}")


def items(answer):
    """A list answer, whether the service sends a bare list or a page {items: [...]}."""
    if isinstance(answer, dict):
        return answer.get("items") or answer.get("content") or []
    return answer or []


def in_directory(name):
    query = urllib.parse.urlencode({"q": name, "size": 200})
    return any(entry.get("companyNameEn") == name for entry in items(call("GET", f"/api/exhibitors?{query}")))


free_booths = {}


def free_booth(pavilion, booth_type, size_m2):
    """A FREE booth of the pavilion, preferring the requested type and the smallest that is big enough."""
    if pavilion not in free_booths:
        query = urllib.parse.urlencode({"pavilion": pavilion, "status": "FREE", "size": 500})
        free_booths[pavilion] = [b for b in items(call("GET", f"/api/booths?{query}"))
                                 if b.get("status", "FREE") == "FREE" and b.get("pavilionCode", pavilion) == pavilion]
    booths = free_booths[pavilion]
    if not booths:
        return None

    def fit(booth):
        area = float(booth.get("areaM2") or 0)
        return (booth.get("type") != booth_type, area < size_m2, abs(area - size_m2), booth["code"])

    booth = min(booths, key=fit)
    booths.remove(booth)
    return booth["code"]


with open(os.path.join(data, "exhibitors.json"), encoding="utf-8") as f:
    exhibitors = json.load(f)

approved = skipped = products_added = 0
unplaced = []
for company in exhibitors:
    name = company["companyNameEn"]
    if in_directory(name):
        skipped += 1
        continue
    application = {k: company[k] for k in ("companyNameEn", "companyNameZh", "country", "website", "description",
                                           "contact", "themes", "boothSizeM2", "boothType", "beltAndRoadPartner")}
    application["requestedPavilions"] = [company["pavilion"]]
    key = "demo-2018-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    created = call("POST", "/api/exhibitors/applications", application, headers={"Idempotency-Key": key})
    secret = "Bearer " + created["secret"]
    state = call("GET", "/api/exhibitors/me", auth=secret)["state"]
    if state == "DRAFT":
        state = call("POST", "/api/exhibitors/me/submit", auth=secret)["state"]
    while state == "SUBMITTED":
        booth = free_booth(company["pavilion"], company["boothType"], company["boothSizeM2"])
        if booth is None:
            unplaced.append(name)
            break
        try:
            state = call("POST", f"/api/exhibitors/applications/{created['id']}/approve", {"boothCode": booth},
                         auth=organizer, refused=(409, 422))["state"]
        except Refused as e:
            if "invalid-transition" in str(e.problem.get("type")):
                state = e.problem.get("currentState", state)
            # booth-taken or booth-not-found: another booth is tried
    if state != "APPROVED":
        continue
    approved += 1
    listed = {p["name"] for p in items(call("GET", "/api/exhibitors/me/products?size=200", auth=secret))}
    for product in company.get("products", []):
        if product["name"] not in listed:
            call("POST", "/api/exhibitors/me/products", product, auth=secret)
            products_added += 1

print(f"exhibitors: {approved} approved onto booths, {skipped} already in the directory; products: {products_added} added"
      + (f"; no free booth for: {', '.join(unplaced)}" if unplaced else ""))
PY
