#!/usr/bin/env bash
# Build the Linux bundle and .deb, install the .deb, run the installed program
# headless (--version, --self-test), check its desktop integration, uninstall.
#
#   packaging/smoke_test.sh                 # on this machine (as root)
#   packaging/smoke_test.sh --fresh-system  # also in a minimal Debian made with debootstrap
#   packaging/smoke_test.sh --no-build      # use the .deb already in dist/
set -euo pipefail
cd "$(dirname "$0")/.."
FRESH=0
BUILD=1
for arg in "$@"; do
    case "$arg" in
        --fresh-system) FRESH=1 ;;
        --no-build) BUILD=0 ;;
        *) echo "usage: $0 [--fresh-system] [--no-build]" >&2; exit 2 ;;
    esac
done
[ "$(id -u)" = 0 ] || { echo "smoke_test.sh installs a package: run it as root" >&2; exit 2; }
step() { printf '\n== %s\n' "$*"; }

if [ "$BUILD" = 1 ]; then
    step "build dependencies"
    missing=""
    for package in $(grep -v '^#' packaging/linux/build-deps.txt); do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
    done
    if [ -n "$missing" ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
    fi
    step "build"
    make venv-package
    .venv/bin/python packaging/build.py
fi
deb=$(ls -t dist/curator_*_*.deb | head -n 1)
echo "package: $deb ($(du -h "$deb" | cut -f1))"

step "install with dpkg"
dpkg -r curator >/dev/null 2>&1 || true
if ! dpkg -i "$deb"; then
    echo "dpkg could not satisfy the dependencies by itself; installing them" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -f
fi
test -x /opt/curator/curator
test "$(readlink -f "$(command -v curator)")" = /usr/bin/curator || { echo "curator on PATH is not /usr/bin/curator"; exit 1; }

step "run the installed program"
env -i PATH=/usr/bin:/bin HOME="$(mktemp -d)" /usr/bin/curator --version
env -i PATH=/usr/bin:/bin HOME="$(mktemp -d)" /usr/bin/curator --self-test

step "desktop integration"
test -f /usr/share/applications/curator.desktop
grep -q "MimeType=application/x-curator-project" /usr/share/applications/curator.desktop
test -f /usr/share/mime/packages/curator.xml
test -f /usr/share/icons/hicolor/256x256/apps/curator.png
test -f /usr/share/metainfo/org.curatorproject.Curator.metainfo.xml
if command -v desktop-file-validate >/dev/null; then desktop-file-validate /usr/share/applications/curator.desktop; fi

step "uninstall"
dpkg -r curator
test ! -e /opt/curator && test ! -e /usr/bin/curator && test ! -e /usr/share/applications/curator.desktop
echo "uninstalled cleanly"

if [ "$FRESH" = 1 ]; then
    step "a fresh minimal Debian (debootstrap --variant=minbase)"
    root=$(mktemp -d /tmp/curator-fresh-XXXX)
    cleanup() { for m in proc dev/pts dev; do umount "$root/$m" 2>/dev/null || true; done; rm -rf "$root"; }
    trap cleanup EXIT
    mirror=$(grep -m1 -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}')
    debootstrap --variant=minbase bookworm "$root" "${mirror:-http://deb.debian.org/debian}" >/dev/null
    mount -t proc proc "$root/proc"
    mount --bind /dev "$root/dev"
    cp "$deb" "$root/tmp/"
    chroot "$root" /bin/sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb")" >/dev/null
    chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp /usr/bin/curator --self-test
    echo "self-test passed in a fresh minimal Debian"
fi
printf '\nsmoke test passed\n'
