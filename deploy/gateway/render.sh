#!/usr/bin/env bash
# Renders the gateway config into a private nginx prefix dir and validates it.
# Usage: render.sh OUTPUT_PREFIX_DIR
# Then: nginx -p OUTPUT_PREFIX_DIR -c OUTPUT_PREFIX_DIR/nginx.conf -g 'daemon off;'
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [[ $# -ne 1 || -z "$1" ]]; then
  echo "usage: $(basename "$0") OUTPUT_PREFIX_DIR" >&2
  exit 2
fi

export GATEWAY_PORT="${GATEWAY_PORT:-8080}"
export REGISTRATION_UPSTREAM="${REGISTRATION_UPSTREAM:-127.0.0.1:8081}"
export EXHIBITOR_UPSTREAM="${EXHIBITOR_UPSTREAM:-127.0.0.1:8082}"
export PAVILION_UPSTREAM="${PAVILION_UPSTREAM:-127.0.0.1:8083}"
export REGISTRATION_RATE="${REGISTRATION_RATE:-10r/s}"
export REGISTRATION_BURST="${REGISTRATION_BURST:-20}"
export MAX_BODY_SIZE="${MAX_BODY_SIZE:-1m}"
export GATEWAY_RESOLVER_VALID="${GATEWAY_RESOLVER_VALID:-5s}"
export GATEWAY_DOCS_DIR="${GATEWAY_DOCS_DIR:-$here/target/docs}"
export GATEWAY_SITE_DIR="${GATEWAY_SITE_DIR:-$here/target/site}"
# EXPO_NGINX, not NGINX: nginx itself reads a variable named NGINX as inherited sockets
nginx_bin="${EXPO_NGINX:-nginx}"
MIME_TYPES="${MIME_TYPES:-/etc/nginx/mime.types}"

for tool in envsubst "$nginx_bin"; do
  command -v "$tool" >/dev/null || { echo "render.sh: '$tool' not found (Debian: apt-get install -y nginx gettext-base)" >&2; exit 1; }
done
[[ -r "$MIME_TYPES" ]] || { echo "render.sh: $MIME_TYPES not found (Debian: apt-get install -y nginx)" >&2; exit 1; }
[[ -r "$GATEWAY_DOCS_DIR/index.html" && -r "$GATEWAY_DOCS_DIR/swagger-ui/swagger-ui-bundle.js" ]] || {
  echo "render.sh: no docs page in $GATEWAY_DOCS_DIR (build it: mvn -f $here/pom.xml package)" >&2; exit 1; }
[[ -r "$GATEWAY_SITE_DIR/index.html" ]] || {
  echo "render.sh: no website in $GATEWAY_SITE_DIR (build it: mvn -f $here/../../pom.xml package -pl web,deploy/gateway)" >&2; exit 1; }

# IPv4:PORT, [IPv6]:PORT or NAME:PORT
upstream_pattern='^([0-9]{1,3}(\.[0-9]{1,3}){3}|\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?):[0-9]{1,5}$'
ip_pattern='^([0-9]{1,3}(\.[0-9]{1,3}){3}|\[[0-9A-Fa-f:.]+\]):'
names=0
GATEWAY_UPSTREAMS=""
for service in registration exhibitor pavilion; do
  var="${service^^}_UPSTREAM"
  address="${!var}"
  [[ "$address" =~ $upstream_pattern ]] || { echo "render.sh: $var must be HOST:PORT (got '$address')" >&2; exit 2; }
  if [[ "$address" =~ $ip_pattern ]]; then
    # a fixed address: an upstream block, whose idle connections are kept for the next requests
    GATEWAY_UPSTREAMS+="    upstream ${service}_service {
        server $address;
        keepalive 32;
        keepalive_requests 10000;
        keepalive_timeout 60s;
    }
    map \"\" \$${service}_upstream { default ${service}_service; }
"
  else
    # a name: asked of the resolver while running, since the service behind it may come back elsewhere
    names=$((names + 1))
    GATEWAY_UPSTREAMS+="    map \"\" \$${service}_upstream { default $address; }
"
  fi
done
export GATEWAY_UPSTREAMS

# nginx does not read /etc/resolv.conf: the resolver for the upstream names is configured, by default the container's
# first nameserver only: nginx asks its resolvers in turn, and Podman lists the host's after its own, which do not
# know the compose service names
if [[ -z "${GATEWAY_RESOLVER:-}" ]]; then
  GATEWAY_RESOLVER="$(sed -n 's/^[[:space:]]*nameserver[[:space:]]\+\([^[:space:]%]\+\).*/\1/p' /etc/resolv.conf 2>/dev/null \
    | head -n 1 | sed 's/^\(.*:.*\)$/[\1]/')"
  if [[ -z "$GATEWAY_RESOLVER" ]]; then
    ((names == 0)) || { echo "render.sh: no nameserver in /etc/resolv.conf for the upstream names: set GATEWAY_RESOLVER" >&2; exit 1; }
    # never asked: every upstream is an address
    GATEWAY_RESOLVER=127.0.0.1
  fi
fi
export GATEWAY_RESOLVER

# one worker per CPU the container may use (its cgroup's cpu.max quota, rounded up); without a limit, one per core
cpu_limit() {
  local quota period
  if [[ -r /sys/fs/cgroup/cpu.max ]]; then
    read -r quota period </sys/fs/cgroup/cpu.max || return 1
  elif [[ -r /sys/fs/cgroup/cpu/cpu.cfs_quota_us && -r /sys/fs/cgroup/cpu/cpu.cfs_period_us ]]; then
    quota="$(cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us)" period="$(cat /sys/fs/cgroup/cpu/cpu.cfs_period_us)"
  else
    return 1
  fi
  [[ "$quota" =~ ^[1-9][0-9]*$ && "$period" =~ ^[1-9][0-9]*$ ]] || return 1
  echo $(((quota + period - 1) / period))
}
export GATEWAY_WORKER_PROCESSES="${GATEWAY_WORKER_PROCESSES:-$(cpu_limit || echo auto)}"
[[ "$GATEWAY_WORKER_PROCESSES" =~ ^(auto|[1-9][0-9]{0,2})$ ]] || {
  echo "render.sh: GATEWAY_WORKER_PROCESSES must be auto or a number of workers (got '$GATEWAY_WORKER_PROCESSES')" >&2; exit 2; }

mkdir -p "$1"
prefix="$(cd "$1" && pwd)"
GATEWAY_DOCS_DIR="$(cd "$GATEWAY_DOCS_DIR" && pwd)"
GATEWAY_SITE_DIR="$(cd "$GATEWAY_SITE_DIR" && pwd)"
mkdir -p "$prefix/logs" "$prefix/temp"
# nginx workers started by root run as nobody: they must reach the temp dirs and read the docs and the site
chmod 755 "$prefix" "$prefix/temp"
cp "$MIME_TYPES" "$prefix/mime.types"

envsubst '${GATEWAY_PORT} ${GATEWAY_WORKER_PROCESSES} ${GATEWAY_RESOLVER} ${GATEWAY_RESOLVER_VALID} ${GATEWAY_UPSTREAMS} ${GATEWAY_DOCS_DIR} ${GATEWAY_SITE_DIR} ${REGISTRATION_RATE} ${REGISTRATION_BURST} ${MAX_BODY_SIZE}' \
  < "$here/nginx.conf.template" > "$prefix/nginx.conf"

# nginx started by root runs its workers as nobody; when the checkout is not readable for nobody
# (a private home or a 700 temp dir), this private instance runs its workers as root instead
if [[ $EUID -eq 0 ]] && command -v runuser >/dev/null; then
  for path in "$prefix/temp" "$GATEWAY_DOCS_DIR/index.html" "$GATEWAY_SITE_DIR/index.html"; do
    if ! runuser -u nobody -- test -r "$path"; then
      sed -i '1i user root root;' "$prefix/nginx.conf"
      break
    fi
  done
fi

# -e: a non-root nginx cannot open the distribution's error log before it reads the config
"$nginx_bin" -q -t -e stderr -p "$prefix/" -c "$prefix/nginx.conf"
echo "gateway config rendered: $prefix/nginx.conf (port $GATEWAY_PORT, $GATEWAY_WORKER_PROCESSES workers, resolver $GATEWAY_RESOLVER)"
