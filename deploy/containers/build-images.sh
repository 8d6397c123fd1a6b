#!/usr/bin/env bash
# Builds the Expo Suite container images: the three services and the gateway, from the packaged jars, the docs page
# and the website (packaged here with Maven only where missing; deploy/local/test reuses what mvn verify packaged).
# Usage: deploy/containers/build-images.sh [--with-postgres]
#   --with-postgres also builds EXPO_IMAGE_PREFIX/postgres:15 for deploy/compose where the postgres:15 image cannot be
#   pulled (deploy/containers/postgres: the same settings and init scripts as that image).
# Images: EXPO_IMAGE_PREFIX/<name>:EXPO_IMAGE_TAG, e.g. expo-suite/registration-service:1.0.0, also tagged
#   localhost/expo-suite/...: the name compose and the local Kubernetes overlay use with either engine (Podman stores a
#   name without a registry as localhost/... anyway).
# Environment:
#   EXPO_CONTAINER_ENGINE (podman where installed, else docker where its daemon answers)
#   EXPO_IMAGE_PREFIX (expo-suite), EXPO_IMAGE_TAG (1.0.0)
#   EXPO_JRE_BASE (localhost/expo-jre:17-slim), EXPO_NGINX_BASE (localhost/expo-nginx:bookworm-slim):
#     a localhost/ base missing from the engine is made here with debootstrap from the Debian mirror apt already uses
#     (about a minute each); name a registry image instead (eclipse-temurin:17-jre, debian:bookworm-slim) where one
#     is reachable.
#   EXPO_POSTGRES_BASE (localhost/expo-postgres:15-slim), as the other bases, for --with-postgres.
#   EXPO_REBUILD_JARS=1 packages the services even when their jars exist.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=../local/prerequisites.sh
source "$root/deploy/local/prerequisites.sh"

prefix="${EXPO_IMAGE_PREFIX:-expo-suite}"
tag="${EXPO_IMAGE_TAG:-1.0.0}"
jre_base="${EXPO_JRE_BASE:-localhost/expo-jre:17-slim}"
nginx_base="${EXPO_NGINX_BASE:-localhost/expo-nginx:bookworm-slim}"
pg_base="${EXPO_POSTGRES_BASE:-localhost/expo-postgres:15-slim}"
services=(registration exhibitor pavilion)
with_postgres=0
case "${1:-}" in
  "") ;;
  --with-postgres) with_postgres=1 ;;
  *) echo "usage: $(basename "$0") [--with-postgres]" >&2; exit 2 ;;
esac

say() { printf '[build-images] %s\n' "$*"; }
die() { printf '[build-images] ERROR: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "'$*' needs root (no sudo found)"; fi
}

# The Debian mirror apt is configured with (deb822 .sources or one-line .list), so no mirror name lives in this project.
debian_mirror() {
  local f uri=""
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -r "$f" ]] || continue
    uri="$(awk '
      /^[[:space:]]*$/ { if (u != "" && s ~ /(^|[[:space:]])bookworm([[:space:]]|$)/ && t ~ /(^|[[:space:]])deb([[:space:]]|$)/) { print u; exit } u=""; s=""; t=""; next }
      /^URIs:/ { u=$2 } /^Suites:/ { sub(/^Suites:/, ""); s=$0 } /^Types:/ { sub(/^Types:/, ""); t=$0 }
      END { if (u != "" && s ~ /(^|[[:space:]])bookworm([[:space:]]|$)/ && t ~ /(^|[[:space:]])deb([[:space:]]|$)/) print u }
    ' "$f" | head -n1)"
    [[ -n "$uri" ]] && { printf '%s\n' "$uri"; return; }
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -r "$f" ]] || continue
    uri="$(sed -E 's/\[[^]]*\]//' "$f" | awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }')"
    [[ -n "$uri" ]] && { printf '%s\n' "$uri"; return; }
  done
  die "no Debian bookworm mirror found in /etc/apt/sources.list{,.d}; set EXPO_JRE_BASE/EXPO_NGINX_BASE to registry images"
}

has_image() { "$engine" image inspect "$1" >/dev/null 2>&1; }

# Leaves out what a server image never reads: documentation, manual pages, translations, glibc's iconv modules (Java,
# nginx and PostgreSQL convert character sets themselves), the compiler's symbol file,
# the class-data archive for heaps over 32 GB, PostgreSQL's optional JIT compiler (without it PostgreSQL plans without
# JIT) and the cluster its package makes (the image makes its own); later apt installs in the image skip the same paths.
slim_rootfs() {
  local rootfs="$1"
  as_root rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/apt/archives/*.deb \
    "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/* \
    "$rootfs"/usr/share/lintian "$rootfs"/var/cache/debconf/*-old "$rootfs"/var/log/*.log \
    "$rootfs"/usr/lib/x86_64-linux-gnu/gconv "$rootfs"/usr/lib/aarch64-linux-gnu/gconv \
    "$rootfs"/usr/lib/jvm/*/lib/ct.sym "$rootfs"/usr/lib/jvm/*/lib/server/classes_nocoops.jsa \
    "$rootfs"/var/lib/postgresql/*/main "$rootfs"/etc/postgresql/*/main "$rootfs"/usr/share/i18n \
    "$rootfs"/usr/lib/postgresql/*/lib/llvmjit* "$rootfs"/usr/lib/postgresql/*/lib/bitcode \
    "$rootfs"/usr/lib/*-linux-gnu/libLLVM-* "$rootfs"/usr/lib/*-linux-gnu/libz3.so.*
  printf '%s\n' 'path-exclude /usr/share/doc/*' 'path-exclude /usr/share/man/*' 'path-exclude /usr/share/info/*' \
    'path-exclude /usr/share/locale/*' 'path-exclude /usr/share/lintian/*' \
    | as_root tee "$rootfs/etc/dpkg/dpkg.cfg.d/expo-slim" >/dev/null
}

# Makes a localhost/ base image from a minimal Debian root filesystem with the given packages.
build_base() {
  local image="$1" packages="$2" rootfs mirror started
  if has_image "$image"; then say "base image $image exists"; return; fi
  [[ "$image" == localhost/* ]] || { say "base image $image will be pulled by the build"; return; }
  expo_require_debootstrap
  mirror="$(debian_mirror)"
  rootfs="$(mktemp -d /tmp/expo-rootfs.XXXXXX)"
  started="$(date +%s)"
  say "making base image $image with debootstrap ($packages); this takes about a minute"
  as_root debootstrap --variant=minbase --include="$packages" bookworm "$rootfs" "$mirror" >"$rootfs.log" 2>&1 \
    || { tail -n 20 "$rootfs.log" >&2; as_root rm -rf "$rootfs"; die "debootstrap failed (log above)"; }
  slim_rootfs "$rootfs"
  as_root tar -C "$rootfs" -c . | "$engine" import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' --change 'CMD ["/bin/bash"]' - "$image" >/dev/null
  as_root rm -rf "$rootfs" "$rootfs.log"
  say "base image $image made in $(($(date +%s) - started)) s"
}

# Builds one image; tags the localhost/ name as well where the prefix names no registry host.
build_image() {
  local image="$1"; shift
  say "building $image"
  "$engine" build -q "$@" -t "$image" >/dev/null || die "building $image failed"
  if [[ "$engine" == docker && "${prefix%%/*}" != *[.:]* && "${prefix%%/*}" != localhost ]]; then
    "$engine" tag "$image" "localhost/$image"
  fi
}

# --- prerequisites ---
expo_require_container_engine
engine="$EXPO_CONTAINER_ENGINE"
say "container engine: $engine"

# --- jars, the gateway's documentation page and the website ---
missing=()
for s in "${services[@]}"; do
  if [[ "${EXPO_REBUILD_JARS:-0}" == 1 || ! -f "$root/$s-service/target/quarkus-app/quarkus-run.jar" ]]; then
    missing+=("$s-service")
  fi
done
# the gateway image carries the docs page and the website (web/, unpacked by the gateway build)
[[ -f "$root/deploy/gateway/target/docs/index.html" && -f "$root/deploy/gateway/target/site/index.html" ]] || missing+=("deploy/gateway")
if ((${#missing[@]} > 0)); then
  command -v mvn >/dev/null || die "Maven (mvn) is needed to package ${missing[*]}"
  say "packaging ${missing[*]} with Maven"
  (cd "$root" && mvn -B -q package -DskipTests -pl "$(IFS=,; echo "${missing[*]}")" -am) || die "mvn package failed"
fi

# --- base images ---
build_base "$jre_base" openjdk-17-jre-headless,ca-certificates
build_base "$nginx_base" nginx,gettext-base

# --- images ---
# the JVM sizing is written once, in deploy/jvm.options; every image runs with it, as the launcher does
java_sizing="$(expo_java_sizing)"
for s in "${services[@]}"; do
  build_image "$prefix/$s-service:$tag" --build-arg BASE_IMAGE="$jre_base" --build-arg JAVA_SIZING="$java_sizing" \
    -f "$root/$s-service/src/main/docker/Dockerfile.jvm" "$root/$s-service"
done
build_image "$prefix/gateway:$tag" --build-arg BASE_IMAGE="$nginx_base" "$root/deploy/gateway"
if ((with_postgres)); then
  build_base "$pg_base" postgresql-15
  build_image "$prefix/postgres:15" --build-arg BASE_IMAGE="$pg_base" "$here/postgres"
fi

say "images ready:"
images=()
for s in "${services[@]}"; do images+=("$prefix/$s-service:$tag"); done
images+=("$prefix/gateway:$tag")
((with_postgres == 0)) || images+=("$prefix/postgres:15")
for image in "${images[@]}"; do
  printf '  %-45s %s\n' "$image" "$("$engine" image inspect --format '{{.Size}}' "$image" | awk '{ printf "%d MB", $1 / 1000000 }')"
done
