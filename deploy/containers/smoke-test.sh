#!/usr/bin/env bash
# Starts the built images with host networking against a PostgreSQL on this machine, waits for every service to be
# ready, calls the API through the gateway (including the published badge keys), then removes the containers.
# The services get the local launcher's environment (deploy/local/suite env) and its readiness wait.
# Usage: deploy/containers/smoke-test.sh        (build the images first: deploy/containers/build-images.sh)
# Environment: EXPO_SMOKE_PORT_BASE (38080: gateway; +1 registration, +2 exhibitor, +3 pavilion),
#   EXPO_SMOKE_DB_SUFFIX (_container: databases expo_<service><suffix>, created if missing), EXPO_PG_* (see
#   deploy/local/prerequisites.sh), EXPO_IMAGE_PREFIX (expo-suite), EXPO_IMAGE_TAG (1.0.0), EXPO_READY_TIMEOUT (120 s),
#   EXPO_SMOKE_KEEP=1 leaves them running.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=../local/prerequisites.sh
source "$root/deploy/local/prerequisites.sh"
export EXPO_PORT_BASE="${EXPO_SMOKE_PORT_BASE:-38080}" EXPO_DB_SUFFIX="${EXPO_SMOKE_DB_SUFFIX:-_container}"
base="$EXPO_PORT_BASE"
prefix="${EXPO_IMAGE_PREFIX:-expo-suite}" tag="${EXPO_IMAGE_TAG:-1.0.0}"
services=(registration exhibitor pavilion)
containers=()
work=""

cleanup() {
  if [[ "${EXPO_SMOKE_KEEP:-0}" == 1 ]]; then expo_say "left running: ${containers[*]} (keys in $work)"; return; fi
  ((${#containers[@]} == 0)) || podman rm -f -t 10 "${containers[@]}" >/dev/null 2>&1 || true
  [[ -z "$work" ]] || rm -rf "$work"
}
trap cleanup EXIT

command -v podman >/dev/null || expo_die "podman not found (deploy/containers/build-images.sh installs it)"
expo_require_basics
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
for s in "${services[@]}"; do
  EXPO_DEV_KEYS=/etc/expo-suite/dev-keys "$root/deploy/local/suite" env "$s" >"$work/$s.env"
  podman rm -f "expo-smoke-$s" >/dev/null 2>&1 || true
  podman run -d --name "expo-smoke-$s" --network host --env-file "$work/$s.env" -v "$work/keys:/etc/expo-suite/dev-keys:ro" \
    "$prefix/$s-service:$tag" >/dev/null
  containers+=("expo-smoke-$s")
done

podman rm -f expo-smoke-gateway >/dev/null 2>&1 || true
podman run -d --name expo-smoke-gateway --network host -e GATEWAY_PORT="$base" -e REGISTRATION_UPSTREAM="127.0.0.1:$((base + 1))" \
  -e EXHIBITOR_UPSTREAM="127.0.0.1:$((base + 2))" -e PAVILION_UPSTREAM="127.0.0.1:$((base + 3))" "$prefix/gateway:$tag" >/dev/null
containers+=(expo-smoke-gateway)

if ! EXPO_RUN_DIR="$work" "$root/deploy/local/suite" wait; then
  for name in "${containers[@]}"; do
    expo_warn "last lines of $name:"
    podman logs --tail 30 "$name" 2>&1 | sed 's/^/    /' >&2 || true
  done
  expo_die "the suite did not start"
fi

failed=0
gw="http://127.0.0.1:$base"
for path in /api/pavilions /api/categories /api/exhibitors; do
  code="$(curl -sS -o "$work/body" -w '%{http_code}' -H 'X-Request-Id: smoke-test-1' "$gw$path")"
  expo_say "GET $path through the gateway -> $code $(head -c 120 "$work/body")"
  [[ "$code" == 200 ]] || failed=1
done
# the badge verification keys registration-service publishes: public keys only (no private "d" member)
code="$(curl -sS -o "$work/body" -w '%{http_code}' "$gw/api/registrations/keys")"
expo_say "GET /api/registrations/keys through the gateway -> $code $(head -c 120 "$work/body")"
{ [[ "$code" == 200 ]] && grep -q '"kid"' "$work/body"; } || failed=1
! grep -q '"d"' "$work/body" || { expo_say "the published key set holds private keys"; failed=1; }
((failed == 0)) || expo_die "the gateway did not answer 200 with the expected body on every path"
expo_say "all good"
