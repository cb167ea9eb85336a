#!/usr/bin/env bash
# Fetch a native 64-bit CPython 3.14 from Debian's `sid` suite and make it
# runnable beside the system (Debian bookworm) without installing anything:
#
#   .cpython/apt/     private apt sources list, package lists and cache
#   .cpython/debs/    the downloaded .deb files
#   .cpython/root/    every .deb unpacked with `dpkg -x` (glibc included)
#   .cpython/bin/python3.14
#                     wrapper: runs the unpacked python3.14 through the unpacked
#                     dynamic loader, so the unpacked glibc and libraries are
#                     used, with PYTHONHOME pointing at the unpacked stdlib.
#
# The system's dpkg database, apt lists and installed packages are not touched:
# apt-get runs with its own sources list, lists directory, cache and an empty
# dpkg status file. The mirror is the one the system already uses (read from
# /etc/apt/sources.list.d/debian.sources). Idempotent: does nothing if the
# wrapper already works; pass --force to rebuild .cpython/ from scratch.
#
# Usage: npm run cpython            (or: bash scripts/cpython.sh [--force])
# Env:   CPYTHON_DEB_VERSION  the Debian version of python3.14 wanted
#                             (default 3.14.10-1; if sid no longer carries it,
#                             the newest one in sid is used, with a warning)
set -euo pipefail

WANT_DEB_VERSION="${CPYTHON_DEB_VERSION:-3.14.10-1}"
WANT_PY_VERSION="${WANT_DEB_VERSION%%-*}"

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
top="$project/.cpython"
wrapper="$top/bin/python3.14"

force=0
for arg in "$@"; do
  case "$arg" in
    --force) force=1 ;;
    -h|--help) sed -n '2,24p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "cpython.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

say() { printf 'cpython: %s\n' "$*" >&2; }
die() { printf 'cpython: error: %s\n' "$*" >&2; exit 1; }

print_version() {
  "$wrapper" -c 'import sys; print("Python %d.%d.%d" % sys.version_info[:3]); print(sys.version)'
  local got
  got="$("$wrapper" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')"
  if [ "$got" != "$WANT_PY_VERSION" ]; then
    say "warning: got CPython $got, wanted $WANT_PY_VERSION (expected files record the version)"
  fi
}

if [ "$force" = 0 ] && [ -x "$wrapper" ] && "$wrapper" -c 'import sys' >/dev/null 2>&1; then
  say "already set up in .cpython/ (use --force to rebuild)"
  print_version
  exit 0
fi

start=$SECONDS

# --- preconditions ----------------------------------------------------------
command -v apt-get >/dev/null || die "apt-get not found (this script needs a Debian system)"
command -v dpkg >/dev/null || die "dpkg not found"
arch="$(dpkg --print-architecture)"
[ "$arch" = amd64 ] || die "this script fetches amd64 packages; this machine is $arch"

sources_file=/etc/apt/sources.list.d/debian.sources
[ -r "$sources_file" ] || die "cannot read $sources_file (need the system's Debian mirror)"

# First deb822 stanza of Types 'deb' whose suites are not '-security':
# print its URI and its Signed-By keyring.
read -r mirror keyring < <(awk '
  BEGIN { RS = ""; FS = "\n" }
  {
    types = ""; uri = ""; suites = ""; key = ""
    for (i = 1; i <= NF; i++) {
      line = $i
      if (line ~ /^[ \t]*#/) continue
      if (match(line, /^Types:[ \t]*/))     types  = substr(line, RLENGTH + 1)
      if (match(line, /^URIs:[ \t]*/))      uri    = substr(line, RLENGTH + 1)
      if (match(line, /^Suites:[ \t]*/))    suites = substr(line, RLENGTH + 1)
      if (match(line, /^Signed-By:[ \t]*/)) key    = substr(line, RLENGTH + 1)
    }
    split(uri, u, /[ \t]+/)
    if ((" " types " ") ~ / deb / && u[1] != "" && suites !~ /-security/) {
      if (key == "") key = "/usr/share/keyrings/debian-archive-keyring.gpg"
      print u[1], key
      exit
    }
  }' "$sources_file") || true
[ -n "${mirror:-}" ] || die "no Debian 'deb' mirror found in $sources_file"
[ -r "$keyring" ] || die "keyring $keyring (Signed-By in $sources_file) not readable"

# --- private apt setup ------------------------------------------------------
rm -rf "$top/root" "$top/bin"
mkdir -p "$top/apt/preferences.d" "$top/apt/lists/partial" "$top/apt/cache/archives/partial" "$top/debs" "$top/root" "$top/bin"
cat > "$top/apt/sid.sources" <<EOF
Types: deb
URIs: $mirror
Suites: sid
Components: main
Signed-By: $keyring
EOF
: > "$top/apt/status"

apt_opts=(
  -o "Dir::Etc::sourcelist=$top/apt/sid.sources"
  -o "Dir::Etc::sourceparts=-"
  -o "Dir::Etc::preferences=/dev/null"
  -o "Dir::Etc::preferencesparts=$top/apt/preferences.d"
  -o "Dir::State::Lists=$top/apt/lists"
  -o "Dir::Cache=$top/apt/cache"
  -o "Dir::State::status=$top/apt/status"
  -o "APT::Architecture=amd64"
  -o "APT::Architectures=amd64"
  -o "Acquire::Languages=none"
  -o "APT::Sandbox::User=root"
)

say "updating the private package list for sid (main)"
apt-get "${apt_opts[@]}" -q update >/dev/null

# The interpreter, its stdlib, and the shared libraries they (and the stdlib's
# extension modules in lib-dynload) are linked against. libgcc-s1 is not in
# any DT_NEEDED but glibc dlopens it for thread cancellation/unwinding.
# (Debian's 3.14 bundles libmpdec into _decimal, so libmpdec is not needed.)
libs=(
  libc6 libgcc-s1 zlib1g libexpat1 libssl3t64 libffi8 libbz2-1.0 liblzma5
  libzstd1 libsqlite3-0 libuuid1 libncursesw6 libtinfo6 libreadline8t64
  libdb5.3t64
)
py_pkgs=(python3.14-minimal libpython3.14-minimal libpython3.14-stdlib)

candidate="$(apt-cache "${apt_opts[@]}" policy python3.14-minimal | awk '/Candidate:/ { print $2 }')"
[ -n "$candidate" ] && [ "$candidate" != "(none)" ] || die "sid has no python3.14-minimal"
if apt-cache "${apt_opts[@]}" madison python3.14-minimal | awk -F'|' '{ gsub(/ /, "", $2); print $2 }' \
     | grep -qxF "$WANT_DEB_VERSION"; then
  debver="$WANT_DEB_VERSION"
else
  say "warning: sid no longer carries python3.14 $WANT_DEB_VERSION; using $candidate"
  debver="$candidate"
fi

say "downloading python3.14 $debver and ${#libs[@]} libraries into .cpython/debs/"
rm -f "$top/debs/"*.deb
(
  cd "$top/debs"
  apt-get "${apt_opts[@]}" -q download "${py_pkgs[@]/%/=$debver}" "${libs[@]}" >/dev/null
)

say "unpacking into .cpython/root/"
for deb in "$top/debs/"*.deb; do
  dpkg -x "$deb" "$top/root"
done

root="$top/root"
libdir="$root/usr/lib/x86_64-linux-gnu"
[ -x "$root/usr/bin/python3.14" ] || die "python3.14 missing after unpacking"
[ -e "$libdir/ld-linux-x86-64.so.2" ] || die "ld-linux-x86-64.so.2 missing after unpacking"
[ -d "$root/usr/lib/python3.14" ] || die "stdlib missing after unpacking"

# Every DT_NEEDED of the interpreter and the extension modules must be found
# among the unpacked libraries (otherwise the loader would fall back to ...
# nothing: the wrapper disables the system's ld.so.cache).
if command -v readelf >/dev/null; then
  missing="$(
    find "$root/usr/bin" "$root/usr/lib" -type f \( -name 'python3.14' -o -name '*.so*' \) -print0 \
      | xargs -0 readelf -d 2>/dev/null \
      | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u \
      | while read -r so; do [ -e "$libdir/$so" ] || echo "$so"; done
  )"
  [ -z "$missing" ] || say "warning: libraries needed but not unpacked: $(echo $missing)"
else
  say "note: readelf not found, skipping the shared-library check"
fi

# The wrapper finds its own location at run time, so .cpython/ may be moved.
# --argv0 makes sys.executable the wrapper itself (so subprocesses of
# sys.executable also go through the unpacked loader); --inhibit-cache keeps
# the system's /etc/ld.so.cache (bookworm's libraries) out of the search.
cat > "$wrapper" <<'EOF'
#!/bin/sh
# Generated by scripts/cpython.sh: CPython 3.14 from Debian sid, run through
# its own unpacked glibc loader. Do not edit; rerun `bash scripts/cpython.sh --force`.
here="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
root="$(cd "$here/../root" && pwd)"
libdir="$root/usr/lib/x86_64-linux-gnu"
PYTHONHOME="$root/usr"
export PYTHONHOME
exec "$libdir/ld-linux-x86-64.so.2" --inhibit-cache --library-path "$libdir" \
  --argv0 "$here/python3.14" "$root/usr/bin/python3.14" "$@"
EOF
chmod +x "$wrapper"

"$wrapper" -c 'import sys, gc, weakref, collections, itertools, functools, math, dataclasses, contextlib' \
  || die "the unpacked python3.14 does not start; see the error above"

say "done in $((SECONDS - start)) s; $(du -sh "$top" | cut -f1) in .cpython/"
print_version
