#!/usr/bin/env bash
# Builds the Expo Suite container images: the three services and the gateway.
# Usage: deploy/containers/build-images.sh
# Environment:
#   EXPO_IMAGE_PREFIX (expo-suite), EXPO_IMAGE_TAG (1.0.0)
#   EXPO_JRE_BASE (localhost/expo-jre:17), EXPO_NGINX_BASE (localhost/expo-nginx:bookworm):
#     a localhost/ base missing from the engine is made here with debootstrap from the Debian mirror apt
#     already uses; name a registry image instead (eclipse-temurin:17-jre, debian:bookworm-slim) where one is reachable.
#   EXPO_CONTAINER_ENGINE (podman), EXPO_REBUILD_JARS=1 packages the services even when their jars exist.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

prefix="${EXPO_IMAGE_PREFIX:-expo-suite}"
tag="${EXPO_IMAGE_TAG:-1.0.0}"
jre_base="${EXPO_JRE_BASE:-localhost/expo-jre:17}"
nginx_base="${EXPO_NGINX_BASE:-localhost/expo-nginx:bookworm}"
engine="${EXPO_CONTAINER_ENGINE:-podman}"
services=(registration exhibitor pavilion)

say() { printf '[build-images] %s\n' "$*"; }
die() { printf '[build-images] ERROR: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "'$*' needs root (no sudo found)"; fi
}

apt_install() {
  command -v apt-get >/dev/null || die "missing $*; install them with your package manager"
  say "installing $* with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q "$@" >/dev/null \
    || { as_root apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null && \
         as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q "$@" >/dev/null; } \
    || die "apt-get could not install $*"
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

# Makes a localhost/ base image from a minimal Debian root filesystem with the given packages.
build_base() {
  local image="$1" packages="$2" rootfs mirror
  if "$engine" image exists "$image"; then say "base image $image exists"; return; fi
  [[ "$image" == localhost/* ]] || { say "base image $image will be pulled by the build"; return; }
  command -v debootstrap >/dev/null || apt_install debootstrap
  mirror="$(debian_mirror)"
  rootfs="$(mktemp -d /tmp/expo-rootfs.XXXXXX)"
  say "making base image $image with debootstrap ($packages); this takes about a minute"
  as_root debootstrap --variant=minbase --include="$packages" bookworm "$rootfs" "$mirror" >"$rootfs.log" 2>&1 \
    || { tail -n 20 "$rootfs.log" >&2; as_root rm -rf "$rootfs"; die "debootstrap failed (log above)"; }
  as_root rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/archives/*.deb
  as_root tar -C "$rootfs" -c . | "$engine" import -q \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' --change 'CMD ["/bin/bash"]' - "$image" >/dev/null
  as_root rm -rf "$rootfs" "$rootfs.log"
  say "base image $image made"
}

# --- prerequisites ---
if [[ "$engine" == podman ]]; then
  if ! command -v podman >/dev/null || ! command -v runc >/dev/null; then apt_install podman runc; fi
  # the default runtime fails on rlimits and cgroups on some machines; runc with explicit ulimits works
  if [[ ! -e /etc/containers/containers.conf ]]; then
    say "writing /etc/containers/containers.conf (runtime runc, nofile/nproc ulimits)"
    as_root mkdir -p /etc/containers
    printf '%s\n' '[containers]' 'default_ulimits = ["nofile=4096:4096", "nproc=4096:4096"]' '[engine]' 'runtime = "runc"' \
      | as_root tee /etc/containers/containers.conf >/dev/null
  fi
else
  command -v "$engine" >/dev/null || die "container engine '$engine' not found"
fi

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
for s in "${services[@]}"; do
  image="$prefix/$s-service:$tag"
  say "building $image"
  "$engine" build -q --build-arg BASE_IMAGE="$jre_base" -f "$root/$s-service/src/main/docker/Dockerfile.jvm" \
    -t "$image" "$root/$s-service" >/dev/null
done
say "building $prefix/gateway:$tag"
"$engine" build -q --build-arg BASE_IMAGE="$nginx_base" -t "$prefix/gateway:$tag" "$root/deploy/gateway" >/dev/null

say "images ready:"
for s in "${services[@]}" gateway; do
  n="$prefix/$s"; [[ "$s" == gateway ]] || n="$n-service"
  printf '  %s:%s\n' "$n" "$tag"
done
