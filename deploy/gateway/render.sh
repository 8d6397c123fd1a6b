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
export GATEWAY_DOCS_DIR="${GATEWAY_DOCS_DIR:-$here/target/docs}"
export GATEWAY_SITE_DIR="${GATEWAY_SITE_DIR:-$here/target/site}"
NGINX="${NGINX:-nginx}"
MIME_TYPES="${MIME_TYPES:-/etc/nginx/mime.types}"

for tool in envsubst "$NGINX"; do
  command -v "$tool" >/dev/null || { echo "render.sh: '$tool' not found (Debian: apt-get install -y nginx gettext-base)" >&2; exit 1; }
done
[[ -r "$MIME_TYPES" ]] || { echo "render.sh: $MIME_TYPES not found (Debian: apt-get install -y nginx)" >&2; exit 1; }
[[ -r "$GATEWAY_DOCS_DIR/index.html" && -r "$GATEWAY_DOCS_DIR/swagger-ui/swagger-ui-bundle.js" ]] || {
  echo "render.sh: no docs page in $GATEWAY_DOCS_DIR (build it: mvn -f $here/pom.xml package)" >&2; exit 1; }
[[ -r "$GATEWAY_SITE_DIR/index.html" ]] || {
  echo "render.sh: no website in $GATEWAY_SITE_DIR (build it: mvn -f $here/../../pom.xml package -pl web,deploy/gateway)" >&2; exit 1; }

mkdir -p "$1"
prefix="$(cd "$1" && pwd)"
GATEWAY_DOCS_DIR="$(cd "$GATEWAY_DOCS_DIR" && pwd)"
GATEWAY_SITE_DIR="$(cd "$GATEWAY_SITE_DIR" && pwd)"
mkdir -p "$prefix/logs" "$prefix/temp"
# nginx workers started by root run as nobody: they must reach the temp dirs and read the docs and the site
chmod 755 "$prefix" "$prefix/temp"
cp "$MIME_TYPES" "$prefix/mime.types"

envsubst '${GATEWAY_PORT} ${REGISTRATION_UPSTREAM} ${EXHIBITOR_UPSTREAM} ${PAVILION_UPSTREAM} ${GATEWAY_DOCS_DIR} ${GATEWAY_SITE_DIR} ${REGISTRATION_RATE} ${REGISTRATION_BURST} ${MAX_BODY_SIZE}' \
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

"$NGINX" -q -t -p "$prefix/" -c "$prefix/nginx.conf"
echo "gateway config rendered: $prefix/nginx.conf (port $GATEWAY_PORT)"
