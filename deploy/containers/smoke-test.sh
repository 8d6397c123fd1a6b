#!/usr/bin/env bash
# Starts the built images with host networking against a PostgreSQL on this machine, waits for every service to be
# ready, then walks an attendee's journey through the containerized gateway: an organizer opens a category and a
# pavilion, a visitor registers with a Chinese name, reads the badge (and its picture) with the self-service secret, a
# gate scanner checks the badge in, and the visitor looks at the pavilion. The containers are removed afterwards; on a
# failure the end of every container's log is printed.
# The services get the local launcher's environment (deploy/local/suite env) and its readiness wait.
# Usage: deploy/containers/smoke-test.sh        (build the images first: deploy/containers/build-images.sh)
# Environment: EXPO_CONTAINER_ENGINE (as build-images.sh: podman where installed, else docker),
#   EXPO_SMOKE_PORT_BASE (26080, below the ephemeral ports outgoing connections take: gateway; +1 registration, +2 exhibitor, +3 pavilion),
#   EXPO_SMOKE_DB_SUFFIX (_container: databases expo_<service><suffix>, created if missing and emptied at start),
#   EXPO_PG_* (see deploy/local/prerequisites.sh), EXPO_IMAGE_PREFIX (expo-suite), EXPO_IMAGE_TAG (1.0.0),
#   EXPO_READY_TIMEOUT (240 s), EXPO_SMOKE_KEEP=1 leaves them running.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=../local/prerequisites.sh
source "$root/deploy/local/prerequisites.sh"
export EXPO_PORT_BASE="${EXPO_SMOKE_PORT_BASE:-26080}" EXPO_DB_SUFFIX="${EXPO_SMOKE_DB_SUFFIX:-_container}"
# the journey creates its category and pavilion, so every run starts from empty databases
export EXPO_FRESH_SCHEMA=1
# three JVMs start at once on a busy machine: a service that fails at start (e.g. its first database connection times
# out) is restarted up to twice, as compose and Kubernetes would; the restarts are reported
export EXPO_READY_TIMEOUT="${EXPO_READY_TIMEOUT:-240}"
base="$EXPO_PORT_BASE"
prefix="${EXPO_IMAGE_PREFIX:-expo-suite}" tag="${EXPO_IMAGE_TAG:-1.0.0}"
services=(registration exhibitor pavilion)
containers=()
work=""

say() { printf '[smoke-test] %s\n' "$*"; }

dump_logs() {
  local name
  for name in "${containers[@]}"; do
    printf '[smoke-test] last lines of %s (%s):\n' "$name" \
      "$("$engine" inspect --format '{{.State.Status}}, restarted {{.RestartCount}} times' "$name" 2>/dev/null || echo gone)" >&2
    "$engine" logs --tail 40 "$name" 2>&1 | sed 's/^/    /' >&2 || true
  done
}

fail() {
  printf '[smoke-test] FAILED: %s\n' "$*" >&2
  dump_logs
  exit 1
}

cleanup() {
  if [[ "${EXPO_SMOKE_KEEP:-0}" == 1 ]]; then say "left running: ${containers[*]} (keys in $work)"; return; fi
  ((${#containers[@]} == 0)) || "$engine" rm -f "${containers[@]}" >/dev/null 2>&1 || true
  [[ -z "$work" ]] || rm -rf "$work"
}
trap cleanup EXIT

expo_require_container_engine
engine="$EXPO_CONTAINER_ENGINE"
expo_require_basics
expo_require_tool python3 python3 "Python 3 (reads the API's JSON answers)"
for s in "${services[@]}" gateway; do
  n="$prefix/$s"; [[ "$s" == gateway ]] || n="$n-service"
  "$engine" image inspect "$n:$tag" >/dev/null 2>&1 || expo_die "image $n:$tag not found in $engine; build it: deploy/containers/build-images.sh"
done
for p in $(seq "$base" $((base + 3))); do
  ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || expo_die "port $p is in use; choose another EXPO_SMOKE_PORT_BASE"
done
dbs=()
for s in "${services[@]}"; do dbs+=("expo_$s$EXPO_DB_SUFFIX"); done
expo_require_postgres "${dbs[@]}"

# the services run as uid 185: the development keys (JWT key pair, badge signing keys) are mounted from a world-readable copy
work="$(mktemp -d /tmp/expo-smoke.XXXXXX)"
mkdir "$work/keys"
cp "$root"/deploy/local/dev-keys/{dev-jwt-public.pem,dev-jwt-private.pem,dev-badge-signing-keys.jwks.json} "$work/keys/"
chmod 755 "$work" "$work/keys"
chmod 644 "$work"/keys/*
say "starting the images with $engine: gateway on $base, databases expo_*$EXPO_DB_SUFFIX"
for s in "${services[@]}"; do
  EXPO_DEV_KEYS=/etc/expo-suite/dev-keys "$root/deploy/local/suite" env "$s" >"$work/$s.env"
  "$engine" rm -f "expo-smoke-$s" >/dev/null 2>&1 || true
  containers+=("expo-smoke-$s")
  "$engine" run -d --name "expo-smoke-$s" --restart on-failure:2 --network host --env-file "$work/$s.env" -v "$work/keys:/etc/expo-suite/dev-keys:ro" \
    "$prefix/$s-service:$tag" >/dev/null || fail "$engine could not start $prefix/$s-service:$tag"
done

"$engine" rm -f expo-smoke-gateway >/dev/null 2>&1 || true
containers+=(expo-smoke-gateway)
"$engine" run -d --name expo-smoke-gateway --network host -e GATEWAY_PORT="$base" -e REGISTRATION_UPSTREAM="127.0.0.1:$((base + 1))" \
  -e EXHIBITOR_UPSTREAM="127.0.0.1:$((base + 2))" -e PAVILION_UPSTREAM="127.0.0.1:$((base + 3))" "$prefix/gateway:$tag" >/dev/null \
  || fail "$engine could not start $prefix/gateway:$tag"

EXPO_RUN_DIR="$work" "$root/deploy/local/suite" wait || fail "the suite did not become ready"

gw="http://127.0.0.1:$base"
organizer="$("$root/deploy/local/token" organizer)"
scanner="$("$root/deploy/local/token" scanner smoke-gate-north-3)"

# call STEP EXPECTED_STATUS METHOD PATH [curl arguments...]: the answer's body is in $work/body, its headers in
# $work/headers; it accepts JSON unless $accept names another type
call() {
  local step="$1" expected="$2" method="$3" path="$4" code
  shift 4
  code="$(curl -sS -o "$work/body" -D "$work/headers" -w '%{http_code}' -X "$method" -H "Accept: ${accept:-application/json}" \
    -H "X-Request-Id: smoke-test-$RANDOM" "$@" "$gw$path")" || fail "$step: $method $path did not answer (curl failed)"
  [[ "$code" == "$expected" ]] || fail "$step: $method $path answered $code, expected $expected: $(head -c 400 "$work/body")"
  say "$step: $method $path -> $code"
}

# json_check STEP PYTHON_CONDITION: the condition holds for the last answer's JSON body (bound to b)
json_check() {
  python3 - "$work/body" "$2" <<'PY' || fail "$1: the answer is not what a user should see: $(head -c 400 "$work/body")"
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    b = json.load(f)
sys.exit(0 if eval(sys.argv[2], {"b": b}) else 1)
PY
}

json_value() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1], encoding="utf-8"))[sys.argv[2]])' "$work/body" "$1"; }

# --- the organizer prepares the expo ---
call "organizer opens a category" 201 POST /api/categories -H "Authorization: Bearer $organizer" -H 'Content-Type: application/json' \
  --data '{"code":"SMOKE-PASS","nameEn":"Smoke test pass","nameZh":"冒烟测试通票","capacity":10,"approvalRequired":false,"invitationOnly":false,"allDays":true}'
call "organizer opens a pavilion" 201 POST /api/pavilions -H "Authorization: Bearer $organizer" -H 'Content-Type: application/json' \
  --data '{"code":"SMOKE","nameEn":"Smoke Test Pavilion","nameZh":"冒烟测试馆","theme":"Container smoke test","hall":"Hall 9","areaM2":400,"safeOccupancy":100,"floorWidthM":20,"floorDepthM":20}'

# --- a visitor registers (public) ---
call "visitor registers" 201 POST /api/registrations -H 'Content-Type: application/json' -H "Idempotency-Key: smoke-$RANDOM$RANDOM" \
  --data '{"category":"SMOKE-PASS","familyName":"张","givenName":"伟","latinName":"Zhang Wei","email":"zhang.wei@example.com","country":"CN","consents":{"privacyPolicy":true}}'
json_check "visitor registers" 'b["status"] == "CONFIRMED" and b["category"] == "SMOKE-PASS" and b["secret"].startswith("rs_") and b["confirmationCode"]'
secret="$(json_value secret)"
registration="$(json_value id)"

# --- the visitor reads the badge with the self-service secret ---
call "visitor reads the badge" 200 GET /api/registrations/me/badge -H "Authorization: Bearer $secret"
json_check "visitor reads the badge" "b['registrationId'] == '$registration' and b['familyName'] == '张' and b['givenName'] == '伟' and b['categoryNameZh'] == '冒烟测试通票' and len(b['token']) > 40"
badge="$(json_value token)"
accept=image/png call "visitor downloads the badge picture" 200 GET /api/registrations/me/badge.png -H "Authorization: Bearer $secret"
grep -qi '^content-type: image/png' "$work/headers" || fail "the badge picture is not image/png: $(grep -i '^content-type' "$work/headers")"
[[ "$(head -c 8 "$work/body" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] || fail "the badge picture is not a PNG"
# the image carries a CJK font: without one the badge draws empty boxes for Chinese names and the service says so
! "$engine" logs expo-smoke-registration 2>&1 | grep -q 'No CJK font installed' \
  || fail "registration-service's image has no CJK font: Chinese names on badges would not show"

# --- a gate scanner checks the visitor in ---
call "gate checks the badge in" 200 POST /api/checkins -H "Authorization: Bearer $scanner" -H 'Content-Type: application/json' \
  --data "{\"badgeToken\":\"$badge\",\"gate\":\"North 3\",\"direction\":\"IN\",\"nonce\":\"smoke-$RANDOM$RANDOM\"}"
json_check "gate checks the badge in" "b['decision'] == 'ADMIT' and b['registration']['id'] == '$registration' and b['registration']['familyName'] == '张' and not b['replayed']"

# --- the visitor looks at the pavilion (public) ---
call "visitor sees the pavilion" 200 GET /api/pavilions/SMOKE
json_check "visitor sees the pavilion" 'b["code"] == "SMOKE" and b["nameZh"] == "冒烟测试馆" and b["safeOccupancy"] == 100'

# --- the published badge verification keys: public keys only (no private "d" member) ---
accept=application/jwk-set+json call "scanners fetch the badge keys" 200 GET /api/registrations/keys
json_check "scanners fetch the badge keys" 'len(b["keys"]) > 0 and all("kid" in k and "d" not in k for k in b["keys"])'
call "visitor browses the exhibitors" 200 GET /api/exhibitors

for name in "${containers[@]}"; do
  restarts="$("$engine" inspect --format '{{.RestartCount}}' "$name")"
  [[ "$restarts" == 0 ]] || say "note: $name failed at start and was restarted $restarts times"
done
say "all good: registered, badge read, checked in at the gate and the pavilion shown through the containerized gateway"
