#!/usr/bin/env bash
# Prerequisites of the local run and the test run; sourced by deploy/local/run and deploy/local/test.
# It installs (Debian, as root) or starts what is missing and says so; anything else is named with its fix.
#
# PostgreSQL settings (defaults: the local Debian cluster):
#   EXPO_PG_HOST (127.0.0.1), EXPO_PG_PORT (5432), EXPO_PG_USER (expo), EXPO_PG_PASSWORD (expo)
#   EXPO_PG_ADMIN_URL  libpq URL of a role that may create roles and databases, e.g.
#                      postgresql://postgres:secret@db.example:5432/postgres (used instead of the local cluster)
# shellcheck shell=bash

EXPO_PG_HOST="${EXPO_PG_HOST:-127.0.0.1}"
EXPO_PG_PORT="${EXPO_PG_PORT:-5432}"
EXPO_PG_USER="${EXPO_PG_USER:-expo}"
EXPO_PG_PASSWORD="${EXPO_PG_PASSWORD:-expo}"
EXPO_PG_ADMIN_URL="${EXPO_PG_ADMIN_URL:-}"

expo_say() { printf 'expo: %s\n' "$*"; }
expo_warn() { printf 'expo: %s\n' "$*" >&2; }
expo_die() { printf 'expo: %s\n' "$*" >&2; exit 1; }

# The services' JVM sizing from deploy/jvm.options, where it is written once, as one line of options.
expo_java_sizing() {
  sed -e 's/#.*//' "$(dirname "${BASH_SOURCE[0]}")/../jvm.options" | tr -s '[:space:]' ' ' | sed -e 's/^ //; s/ $//'
}

# True when this machine may install packages itself: root on Debian with apt-get.
expo_can_apt() {
  [[ $EUID -eq 0 && -f /etc/debian_version ]] && command -v apt-get >/dev/null
}

EXPO_APT_UPDATED=""
# Installs Debian packages quietly; the package index is refreshed once per run.
expo_apt_install() {
  if [[ -z "$EXPO_APT_UPDATED" ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq || expo_die "apt-get update failed; install $* yourself and run again"
    EXPO_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null \
    || expo_die "apt-get install $* failed; install it yourself and run again"
}

# Finds an executable on PATH or in the sbin dirs, which a non-login root shell may lack.
expo_find_tool() {
  local name="$1" dir
  if command -v "$name" 2>/dev/null; then return 0; fi
  for dir in /usr/sbin /sbin /usr/local/sbin; do
    if [[ -x "$dir/$name" ]]; then printf '%s\n' "$dir/$name"; return 0; fi
  done
  return 1
}

# expo_require_tool COMMAND DEBIAN_PACKAGE WHAT: installs the package as root on Debian, otherwise stops with its name.
expo_require_tool() {
  local cmd="$1" pkg="$2" what="$3"
  if expo_find_tool "$cmd" >/dev/null; then return 0; fi
  if expo_can_apt; then
    expo_say "$what ($cmd) is missing: installing $pkg with apt-get"
    expo_apt_install "$pkg"
    expo_find_tool "$cmd" >/dev/null || expo_die "$cmd is still missing after installing $pkg"
  else
    expo_die "missing prerequisite: $what ($cmd). Install it, e.g. on Debian/Ubuntu: sudo apt-get install $pkg"
  fi
}

# Java 17 or newer and Maven: the build needs both; they are named, not installed (a JDK is a choice).
expo_require_java_maven() {
  local hint="install them, e.g. on Debian/Ubuntu: sudo apt-get install openjdk-17-jdk-headless maven"
  command -v java >/dev/null || expo_die "missing prerequisite: Java 17 or newer (java); $hint"
  command -v mvn >/dev/null || expo_die "missing prerequisite: Maven 3.8.6 or newer (mvn); $hint"
  local version major
  version="$(java -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)"
  major="${version%%.*}"
  [[ "$major" == 1 ]] && major="$(cut -d. -f2 <<<"$version")"
  if ! [[ "$major" =~ ^[0-9]+$ ]] || (( major < 17 )); then
    expo_die "Java 17 or newer is needed, but 'java' is ${version:-unknown}; $hint (or put a newer JDK first on PATH)"
  fi
}

# Node 20 or newer with npm: the build lints the API documents with pinned npm tools (deploy/contract). Named, not installed.
expo_require_node() {
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if ! command -v npm >/dev/null || (( major < 20 )); then
    expo_die "missing prerequisite: Node 20 or newer with npm (found: $(node -v 2>/dev/null || echo none)); the API lint needs it"
  fi
}

# curl (health checks) and openssl (development tokens).
expo_require_basics() {
  expo_require_tool curl curl "curl"
  expo_require_tool openssl openssl "OpenSSL"
}

# Headless Chromium looks at the floor plan pictures in the tests; its chromedriver drives the website in the browser tests.
expo_require_chromium() {
  expo_require_tool chromium chromium "Chromium (headless browser for the floor plan picture test)"
  expo_require_tool chromedriver chromium-driver "ChromeDriver (drives Chromium in the website's browser tests)"
}

# promtool checks the control room's Prometheus configuration and alert rules and runs the rules' unit tests.
expo_require_promtool() {
  expo_require_tool promtool prometheus "promtool (Debian package prometheus: checks and tests the alert rules)"
}

# Badge pictures print Chinese names: Java needs a CJK font on the machine.
expo_require_cjk_font() {
  if compgen -G '/usr/share/fonts/opentype/noto/NotoSansCJK*' >/dev/null || { command -v fc-list >/dev/null && [[ -n "$(fc-list :lang=zh 2>/dev/null)" ]]; }; then
    return 0
  fi
  if expo_can_apt; then
    expo_say "no CJK font for the badge pictures: installing fonts-noto-cjk with apt-get"
    expo_apt_install fonts-noto-cjk fontconfig
  else
    expo_die "missing prerequisite: a CJK font for the badge pictures, e.g. on Debian/Ubuntu: sudo apt-get install fonts-noto-cjk"
  fi
}

# envsubst renders the gateway config.
expo_require_envsubst() {
  expo_require_tool envsubst gettext-base "envsubst"
}

# nginx runs the gateway as a private instance; exports EXPO_NGINX for deploy/gateway/render.sh.
expo_require_nginx() {
  local nginx
  if ! nginx="$(expo_find_tool nginx)"; then
    if expo_can_apt; then
      expo_say "nginx is missing: installing nginx with apt-get"
      expo_apt_install nginx
      nginx="$(expo_find_tool nginx)" || expo_die "nginx is still missing after installing it"
      # the package may start the system nginx on port 80; it is left alone, the gateway runs its own instance
      if pgrep -x nginx >/dev/null; then
        expo_say "the nginx package started the system nginx (port 80); left running, the gateway uses its own instance"
      fi
    else
      expo_die "missing prerequisite: nginx. Install it, e.g. on Debian/Ubuntu: sudo apt-get install nginx gettext-base"
    fi
  fi
  [[ -r /etc/nginx/mime.types ]] || expo_die "nginx is installed but /etc/nginx/mime.types is missing (Debian: apt-get install --reinstall nginx-common)"
  export EXPO_NGINX="$nginx"
}

# psql as the expo role.
expo_psql_expo() {
  PGPASSWORD="$EXPO_PG_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -q -A -t -v ON_ERROR_STOP=1 \
    -h "$EXPO_PG_HOST" -p "$EXPO_PG_PORT" -U "$EXPO_PG_USER" -d postgres "$@"
}

# psql as an administrator: EXPO_PG_ADMIN_URL, or the postgres user of the local cluster.
expo_psql_admin() {
  if [[ -n "$EXPO_PG_ADMIN_URL" ]]; then
    PGCONNECT_TIMEOUT=5 psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$EXPO_PG_ADMIN_URL" "$@"
  elif command -v runuser >/dev/null; then
    (cd / && runuser -u postgres -- psql -X -q -A -t -v ON_ERROR_STOP=1 -p "$EXPO_PG_PORT" -d postgres "$@")
  else
    local quoted
    quoted="$(printf '%q ' psql -X -q -A -t -v ON_ERROR_STOP=1 -p "$EXPO_PG_PORT" -d postgres "$@")"
    (cd / && su postgres -c "$quoted")
  fi
}

# Local clusters on our port, as "version name status" lines (Debian's postgresql-common).
expo_local_cluster() {
  pg_lsclusters --no-header 2>/dev/null | awk -v port="$EXPO_PG_PORT" '$3 == port { print $1, $2, $4; exit }'
}

expo_pg_is_local() {
  [[ -z "$EXPO_PG_ADMIN_URL" && ( "$EXPO_PG_HOST" == 127.0.0.1 || "$EXPO_PG_HOST" == localhost || "$EXPO_PG_HOST" == ::1 ) ]]
}

expo_pg_stop_hint() {
  expo_die "$1. Start a PostgreSQL 15 yourself and point the suite at it: EXPO_PG_HOST, EXPO_PG_PORT, EXPO_PG_USER, EXPO_PG_PASSWORD (role with createdb), and EXPO_PG_ADMIN_URL if that role and its databases must still be created"
}

# Waits until PostgreSQL at EXPO_PG_HOST:EXPO_PG_PORT accepts connections (30 s).
expo_pg_wait() {
  local i
  for ((i = 0; i < 60; i++)); do
    if pg_isready -q -h "$EXPO_PG_HOST" -p "$EXPO_PG_PORT" -t 2; then return 0; fi
    sleep 0.5
  done
  return 1
}

# Makes sure the local Debian cluster exists and runs: installs PostgreSQL as root on Debian if needed.
expo_pg_local_cluster_up() {
  local cluster version name status
  if ! command -v pg_lsclusters >/dev/null; then
    if expo_can_apt; then
      expo_say "PostgreSQL is missing: installing postgresql with apt-get"
      expo_apt_install postgresql
    else
      expo_pg_stop_hint "no local PostgreSQL found (pg_lsclusters is missing)"
    fi
  fi
  cluster="$(expo_local_cluster)"
  [[ -n "$cluster" ]] || expo_pg_stop_hint "no local PostgreSQL cluster listens on port $EXPO_PG_PORT (pg_lsclusters)"
  read -r version name status <<<"$cluster"
  if [[ "$status" != online* ]]; then
    [[ $EUID -eq 0 ]] || expo_die "PostgreSQL cluster $version/$name is down; start it: sudo pg_ctlcluster $version $name start"
    expo_say "starting PostgreSQL cluster $version/$name (pg_ctlcluster $version $name start)"
    pg_ctlcluster "$version" "$name" start || expo_die "pg_ctlcluster $version $name start failed; see /var/log/postgresql/postgresql-$version-$name.log"
  fi
}

# expo_require_postgres DB...: PostgreSQL running, role EXPO_PG_USER present, the given databases present.
expo_require_postgres() {
  local db missing=() can_admin=""
  for db in "$@"; do
    [[ "$db" =~ ^[a-z][a-z0-9_]*$ ]] || expo_die "bad database name: $db"
  done
  [[ "$EXPO_PG_USER" =~ ^[a-z_][a-z0-9_]*$ ]] || expo_die "EXPO_PG_USER must be a plain lower-case name"

  if expo_pg_is_local; then
    expo_pg_local_cluster_up
    [[ $EUID -eq 0 ]] && can_admin=1
  elif [[ -n "$EXPO_PG_ADMIN_URL" ]]; then
    can_admin=1
  fi
  if ! command -v psql >/dev/null || ! command -v pg_isready >/dev/null; then
    if expo_can_apt; then
      expo_say "the PostgreSQL client is missing: installing postgresql-client with apt-get"
      expo_apt_install postgresql-client
    else
      expo_die "missing prerequisite: the PostgreSQL client (psql, pg_isready); e.g. sudo apt-get install postgresql-client"
    fi
  fi
  expo_pg_wait || expo_pg_stop_hint "PostgreSQL at $EXPO_PG_HOST:$EXPO_PG_PORT does not accept connections"

  if [[ -n "$can_admin" ]]; then
    if [[ -z "$(expo_psql_admin -c "select 1 from pg_roles where rolname = '$EXPO_PG_USER'")" ]]; then
      expo_say "creating PostgreSQL role $EXPO_PG_USER"
      expo_psql_admin -v pw="$EXPO_PG_PASSWORD" >/dev/null <<SQL || expo_die "could not create role $EXPO_PG_USER"
create role $EXPO_PG_USER login createdb password :'pw';
SQL
    fi
  fi
  expo_psql_expo -c 'select 1' >/dev/null 2>&1 \
    || expo_die "cannot log in to PostgreSQL at $EXPO_PG_HOST:$EXPO_PG_PORT as $EXPO_PG_USER; set EXPO_PG_USER/EXPO_PG_PASSWORD to a role that may log in there (the local default is expo/expo)"

  for db in "$@"; do
    [[ -n "$(expo_psql_expo -c "select 1 from pg_database where datname = '$db'")" ]] || missing+=("$db")
  done
  for db in "${missing[@]}"; do
    expo_say "creating database $db"
    if [[ -n "$can_admin" ]]; then
      expo_psql_admin -c "create database $db owner $EXPO_PG_USER" >/dev/null || expo_die "could not create database $db"
    else
      expo_psql_expo -c "create database $db" >/dev/null \
        || expo_die "could not create database $db as $EXPO_PG_USER; give it createdb or set EXPO_PG_ADMIN_URL"
    fi
  done
}

# The container engine of the image build and the smoke test: EXPO_CONTAINER_ENGINE (podman or docker), else podman
# where installed, else docker where its daemon answers (a docker command without a daemon does not count), else podman.
expo_container_engine() {
  local engine="${EXPO_CONTAINER_ENGINE:-}"
  if [[ -n "$engine" ]]; then
    [[ "$engine" == podman || "$engine" == docker ]] || expo_die "EXPO_CONTAINER_ENGINE must be podman or docker (got '$engine')"
  elif command -v podman >/dev/null; then engine=podman
  elif command -v docker >/dev/null && timeout 20 docker info >/dev/null 2>&1; then engine=docker
  else engine=podman
  fi
  printf '%s\n' "$engine"
}

# The engine ready to build and run images; exports EXPO_CONTAINER_ENGINE. Podman and runc are installed as root on
# Debian, and a missing /etc/containers/containers.conf gets runc and explicit ulimits: the default runtime fails on
# rlimits and cgroups on some machines. An existing containers.conf is left as it is.
expo_require_container_engine() {
  local engine
  engine="$(expo_container_engine)" || exit 1
  if [[ "$engine" == docker ]]; then
    command -v docker >/dev/null || expo_die "missing prerequisite: Docker (docker); install it or set EXPO_CONTAINER_ENGINE=podman"
    timeout 20 docker info >/dev/null 2>&1 || expo_die "docker does not reach its daemon (docker info fails); start it or set EXPO_CONTAINER_ENGINE=podman"
  else
    expo_require_tool podman podman "Podman (builds and runs the container images)"
    expo_require_tool runc runc "runc (the container runtime Podman uses here)"
    if [[ ! -e /etc/containers/containers.conf ]]; then
      if [[ $EUID -eq 0 ]]; then
        expo_say "writing /etc/containers/containers.conf: runtime runc, ulimits nofile and nproc 4096 (it was absent)"
        mkdir -p /etc/containers
        printf '%s\n' '[containers]' 'default_ulimits = ["nofile=4096:4096", "nproc=4096:4096"]' '[engine]' 'runtime = "runc"' \
          >/etc/containers/containers.conf
      else
        expo_warn "no /etc/containers/containers.conf; if containers fail to start, give it runtime = \"runc\" under [engine] (see the README)"
      fi
    fi
  fi
  export EXPO_CONTAINER_ENGINE="$engine"
}

# debootstrap makes the base images where no container registry is reachable.
expo_require_debootstrap() {
  expo_require_tool debootstrap debootstrap "debootstrap (makes the base images without a container registry)"
}
