#!/usr/bin/env bash
# Starts the built images with host networking against a PostgreSQL on this machine, waits for every service to be
# ready (printing container start -> ready times), calls the API through the gateway (including the published badge
# keys), then removes the containers.
# Usage: deploy/containers/smoke-test.sh        (build the images first: deploy/containers/build-images.sh)
# Environment: EXPO_SMOKE_PORT_BASE (38080: gateway; +1 registration, +2 exhibitor, +3 pavilion),
#   EXPO_SMOKE_DB_SUFFIX (_container: databases expo_<service><suffix>, created if missing when run as root),
#   EXPO_PG_HOST (127.0.0.1), EXPO_PG_PORT (5432), EXPO_PG_USER (expo), EXPO_PG_PASSWORD (expo),
#   EXPO_IMAGE_PREFIX (expo-suite), EXPO_IMAGE_TAG (1.0.0), EXPO_READY_TIMEOUT (120 s), EXPO_SMOKE_KEEP=1 leaves them running.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
base="${EXPO_SMOKE_PORT_BASE:-38080}"
suffix="${EXPO_SMOKE_DB_SUFFIX:-_container}"
pg_host="${EXPO_PG_HOST:-127.0.0.1}" pg_port="${EXPO_PG_PORT:-5432}"
pg_user="${EXPO_PG_USER:-expo}" pg_password="${EXPO_PG_PASSWORD:-expo}"
prefix="${EXPO_IMAGE_PREFIX:-expo-suite}" tag="${EXPO_IMAGE_TAG:-1.0.0}"
timeout="${EXPO_READY_TIMEOUT:-120}"
keys=""
services=(registration exhibitor pavilion)
declare -A port=([gateway]=$base [registration]=$((base + 1)) [exhibitor]=$((base + 2)) [pavilion]=$((base + 3)))
containers=()

say() { printf '[smoke-test] %s\n' "$*"; }
die() { printf '[smoke-test] ERROR: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }

cleanup() {
  if [[ "${EXPO_SMOKE_KEEP:-0}" == 1 ]]; then say "left running: ${containers[*]} (keys in $keys)"; return; fi
  ((${#containers[@]} == 0)) || podman rm -f -t 10 "${containers[@]}" >/dev/null 2>&1 || true
  [[ -z "$keys" ]] || rm -rf "$keys"
}
trap cleanup EXIT

command -v podman >/dev/null || die "podman not found (deploy/containers/build-images.sh installs it)"
command -v curl >/dev/null || die "curl not found"
for p in "${port[@]}"; do
  ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || die "port $p is in use; choose another EXPO_SMOKE_PORT_BASE"
done

if [[ $EUID -eq 0 ]] && command -v psql >/dev/null && id postgres >/dev/null 2>&1 && [[ "$pg_host" == 127.0.0.1 ]]; then
  for s in "${services[@]}"; do
    db="expo_$s$suffix"
    if [[ "$(su postgres -c "psql -tAc \"select 1 from pg_database where datname = '$db'\"")" != 1 ]]; then
      say "creating database $db"
      su postgres -c "psql -qc 'create database $db owner $pg_user'"
    fi
  done
fi

# the services run as uid 185: the development keys (JWT key pair, badge signing keys) are mounted from a world-readable copy
keys="$(mktemp -d /tmp/expo-smoke-keys.XXXXXX)"
cp "$root/deploy/local/dev-keys/dev-jwt-public.pem" "$root/deploy/local/dev-keys/dev-jwt-private.pem" \
  "$root/deploy/local/dev-keys/dev-badge-signing-keys.jwks.json" "$keys/"
chmod 755 "$keys"; chmod 644 "$keys"/*
declare -A started=()
for s in "${services[@]}"; do
  name="expo-smoke-$s"
  extra=()
  # registration-service does not start without its badge signing keys
  [[ "$s" != registration ]] || extra+=(-e EXPO_BADGE_SIGNING_KEYS=/etc/expo-suite/dev-keys/dev-badge-signing-keys.jwks.json)
  podman rm -f "$name" >/dev/null 2>&1 || true
  started[$s]="$(now_ms)"
  podman run -d --name "$name" --network host \
    -e QUARKUS_HTTP_PORT="${port[$s]}" \
    -e QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$pg_host:$pg_port/expo_$s$suffix" \
    -e QUARKUS_DATASOURCE_USERNAME="$pg_user" -e QUARKUS_DATASOURCE_PASSWORD="$pg_password" \
    -e MP_JWT_VERIFY_PUBLICKEY_LOCATION=/etc/expo-suite/dev-keys/dev-jwt-public.pem \
    -e MP_JWT_VERIFY_ISSUER=expo-suite-dev \
    -e EXPO_BADGE_JWKS_LOCATION="http://127.0.0.1:${port[registration]}/api/registrations/keys" \
    -e QUARKUS_REST_CLIENT_REGISTRATION_URL="http://127.0.0.1:${port[registration]}" \
    -e QUARKUS_REST_CLIENT_PAVILION_URL="http://127.0.0.1:${port[pavilion]}" \
    -e EXPO_DEV_KEYS_PRIVATE=/etc/expo-suite/dev-keys/dev-jwt-private.pem \
    -v "$keys:/etc/expo-suite/dev-keys:ro" \
    ${extra[@]+"${extra[@]}"} \
    "$prefix/$s-service:$tag" >/dev/null
  containers+=("$name")
done

podman rm -f expo-smoke-gateway >/dev/null 2>&1 || true
started[gateway]="$(now_ms)"
podman run -d --name expo-smoke-gateway --network host \
  -e GATEWAY_PORT="${port[gateway]}" \
  -e REGISTRATION_UPSTREAM="127.0.0.1:${port[registration]}" \
  -e EXHIBITOR_UPSTREAM="127.0.0.1:${port[exhibitor]}" \
  -e PAVILION_UPSTREAM="127.0.0.1:${port[pavilion]}" \
  "$prefix/gateway:$tag" >/dev/null
containers+=(expo-smoke-gateway)

# all four are polled together, so each time is its own start -> ready
failed=0
declare -A ready_ms=()
deadline=$(($(date +%s) + timeout))
while ((${#ready_ms[@]} < 4)); do
  for s in "${services[@]}" gateway; do
    [[ -z "${ready_ms[$s]:-}" ]] || continue
    path=/q/health/ready; [[ "$s" == gateway ]] && path=/gateway/health
    if curl -fsS -o /dev/null "http://127.0.0.1:${port[$s]}$path" 2>/dev/null; then
      ready_ms[$s]=$(($(now_ms) - started[$s]))
      ms=${ready_ms[$s]}
      say "$(printf '%-13s ready on port %s  %d.%01d s after container start' "$s" "${port[$s]}" $((ms / 1000)) $((ms % 1000 / 100)))"
    elif [[ "$(podman inspect -f '{{.State.Running}}' "expo-smoke-$s" 2>/dev/null)" != true ]] || (($(date +%s) > deadline)); then
      say "$s did not become ready; its log:"; podman logs --tail 30 "expo-smoke-$s" >&2 || true
      failed=1; break 2
    fi
  done
  sleep 0.1
done
((failed == 0)) || die "the suite did not start"

gw="http://127.0.0.1:${port[gateway]}"
for path in /api/pavilions /api/categories /api/exhibitors; do
  code="$(curl -sS -o /tmp/expo-smoke-body.$$ -w '%{http_code}' -H 'X-Request-Id: smoke-test-1' "$gw$path")"
  say "GET $path through the gateway -> $code $(head -c 120 /tmp/expo-smoke-body.$$)"
  [[ "$code" == 200 ]] || failed=1
done
# the badge verification keys registration-service publishes: public keys only (no private "d" member)
code="$(curl -sS -o /tmp/expo-smoke-body.$$ -w '%{http_code}' "$gw/api/registrations/keys")"
say "GET /api/registrations/keys through the gateway -> $code $(head -c 120 /tmp/expo-smoke-body.$$)"
[[ "$code" == 200 ]] && grep -q '"kid"' /tmp/expo-smoke-body.$$ || failed=1
! grep -q '"d"' /tmp/expo-smoke-body.$$ || { say "the published key set holds private keys"; failed=1; }
rm -f /tmp/expo-smoke-body.$$
((failed == 0)) || die "the gateway did not answer 200 with the expected body on every path"
say "all good"
