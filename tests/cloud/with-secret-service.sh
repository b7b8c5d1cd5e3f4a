#!/bin/sh
# Runs a test in its own D-Bus session with an unlocked GNOME Keyring (a real Secret Service, from
# Debian's packages), in a fresh HOME, XDG folders and temp folder that the test may search for its
# secret; everything is removed afterwards. A random keyring password goes to the daemon's stdin.
set -eu
root=$(mktemp -d "${TMPDIR:-/tmp}/netloom-keyring-XXXXXX")
export HOME="$root/home" XDG_DATA_HOME="$root/home/.local/share" XDG_CONFIG_HOME="$root/home/.config"
export XDG_CACHE_HOME="$root/home/.cache" XDG_RUNTIME_DIR="$root/run" TMPDIR="$root/tmp"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" "$TMPDIR"
chmod 700 "$XDG_RUNTIME_DIR"
NETLOOM_KEYRING_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
export NETLOOM_KEYRING_PASSWORD
status=0
timeout 60 dbus-run-session -- sh -c \
  'printf %s "$NETLOOM_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' \
  sh "$@" || status=$?
rm -rf "$root"
exit "$status"
