#!/usr/bin/env bash
# Netloom's developer entry point on Debian 12. Installs what is missing (as root, from Debian's
# packages only), configures and builds, then either starts the console on the built-in lab or runs
# the whole test suite. The README's two commands and .ci/run call this script, so they cannot drift.
#
#   installer/dev.sh console   set up, build, start `netloom --lab`
#   installer/dev.sh test      set up, build, run every test (ctest)
#   installer/dev.sh setup     set up and build only
#   installer/dev.sh packages  print the Debian packages it installs, one a line (installs nothing);
#                              installer/check-packages.sh reads the list from here
#   installer/dev.sh screenshot [OUT.png] [CONSOLE ARGS...]
#                              set up, build, start `netloom --lab ARGS` under Xvfb (1600x1000),
#                              wait until it is drawn and save the screen (resources/screenshots/
#                              console.png by default); also installs imagemagick for that
#
# Environment: NETLOOM_BUILD_DIR (default build/, or build-asan/ with NETLOOM_SANITIZE=1),
# NETLOOM_SANITIZE=1 (AddressSanitizer + UBSan build), NETLOOM_GUI=0 (models, lab and headless tests
# only: Qt Widgets is then not even looked for), NETLOOM_BENCHMARKS=1 (also build tests/bench, and
# install Google Benchmark for it), NETLOOM_CMAKE_ARGS (extra cmake arguments), CI=true (warnings
# become errors).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command=${1:-}

sanitize=${NETLOOM_SANITIZE:-0}
gui=${NETLOOM_GUI:-1}
benchmarks=${NETLOOM_BENCHMARKS:-0}
default_build="$root/build"
[ "$sanitize" = 1 ] && default_build="$root/build-asan"
[ "$gui" = 0 ] && default_build="${default_build}-nogui"
build_dir=${NETLOOM_BUILD_DIR:-$default_build}

# Build and test dependencies, all Debian 12 packages. Why each is here:
#  toolchain: cmake ninja-build g++ pkg-config; Qt 6.4: qt6-base-dev (Core/Gui/Network/Widgets/Test),
#  qt6-charts-dev (+ libqt6opengl6-dev, which its CMake config needs and does not depend on), qt6-svg-dev, qt6-tools-dev + qt6-tools-dev-tools + qt6-l10n-tools (LinguistTools);
#  libyaml-cpp-dev (kubeconfig), libcurl4-openssl-dev (HTTP), libssl-dev (TLS, lab certificates);
#  libgl-dev (Qt6Gui's CMake config asks for OpenGL headers);
#  runtime peers of the tests: nginx-light and openssl (real HTTPS servers on loopback);
#  fonts-dejavu-core (text for offscreen/Xvfb rendering); xvfb + xauth (console without a display);
#  ccache (rebuilds of several work trees and configurations share compiled objects);
#  nodejs (node and npm: tests/cloud's prism_install runs `npm ci` of the pinned Prism, and
#  tst_prismfidelity runs it; on these machines the package is NodeSource's 20.x repack, which
#  carries npm; Debian 12's own nodejs 18 ships npm separately);
#  qtkeychain-qt6-dev (the console keeps cloud secrets in the OS keychain) and libsecret-1-0 (which
#  QtKeychain loads at run time for the Secret Service); tests/cloud/tst_cloudcredentials' real
#  Secret Service: gnome-keyring, libsecret-tools (secret-tool) and dbus-daemon (dbus-run-session).
packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libyaml-cpp-dev libcurl4-openssl-dev libssl-dev libgl-dev
          nginx-light openssl fonts-dejavu-core xvfb xauth ccache nodejs
          qtkeychain-qt6-dev libsecret-1-0 gnome-keyring libsecret-tools dbus-daemon)
# npm: Debian 12's nodejs (18) ships it as a package of its own, NodeSource's nodejs (20, on these
# machines) carries it inside and conflicts with Debian's npm. So npm is in the list exactly when
# the installed nodejs does not provide /usr/bin/npm (also before anything is installed).
if ! dpkg-query -S /usr/bin/npm 2>/dev/null | grep -q '^nodejs:'; then
  packages+=(npm)
fi
# Only with NETLOOM_BENCHMARKS=1 (tests/bench; CI never builds it): Google Benchmark.
[ "$benchmarks" = 1 ] && packages+=(libbenchmark-dev)
# Only for `dev.sh screenshot` (never read by the build or the tests): imagemagick's import.
screenshot_packages=(imagemagick)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
  local missing=() p
  for p in "${packages[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    if [ "$(id -u)" != 0 ]; then
      echo "Missing Debian packages: ${missing[*]}" >&2
      echo "Run this script as root, or: sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi
    say "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

check_kubectl() {
  # The tests use the real kubectl as a peer client; Debian 12's own kubectl (1.20) is too old.
  local v
  if ! v=$(kubectl version --client -o json 2>/dev/null); then
    echo "kubectl >= 1.27 is needed by the tests and was not found on PATH." >&2
    echo "Install it from the Kubernetes project's packages (Debian 12's kubectl 1.20 is too old)." >&2
    exit 1
  fi
  local minor
  minor=$(printf '%s' "$v" | sed -n 's/.*"minor": *"\([0-9]*\).*/\1/p' | head -n1)
  if [ -z "$minor" ] || [ "$minor" -lt 27 ]; then
    echo "kubectl 1.$minor found; the tests need kubectl >= 1.27." >&2
    exit 1
  fi
}

build() {
  local args=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
  if command -v ccache >/dev/null; then
    args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Paths relative to the checkout and no build folder in the key (ccache hashes the working
    # folder by default when compiling with -g): build/ and build-nogui/ share every object they
    # compile with the same flags, and so do two checkouts of the same commit (CI's clean clone
    # and a developer's tree). Only the debug info's compile folder may then name the other one.
    export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
  fi
  [ "${CI:-}" = true ] && args+=(-DNETLOOM_WERROR=ON)
  [ "$sanitize" = 1 ] && args+=(-DNETLOOM_SANITIZE=ON)
  [ "$gui" = 0 ] && args+=(-DNETLOOM_GUI=OFF)
  [ "$benchmarks" = 1 ] && args+=(-DNETLOOM_BENCHMARKS=ON)
  # shellcheck disable=SC2206
  [ -n "${NETLOOM_CMAKE_ARGS:-}" ] && args+=(${NETLOOM_CMAKE_ARGS})
  say "Configuring in $build_dir"
  cmake -S "$root" -B "$build_dir" "${args[@]}" >/dev/null
  say "Building with $(nproc) jobs"
  cmake --build "$build_dir" -j"$(nproc)"
}

run_console() {
  local netloom="$build_dir/bin/netloom"
  if [ ! -x "$netloom" ]; then
    say "Netloom is built; the console is not there yet. Built so far:"
    ls "$build_dir/bin"
    return 0
  fi
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    # xvfb-run's X authority goes to a known file, so that a screenshot tool can connect too. The
    # first free display from :99 on, so that a second console (another work tree) can start too.
    local auth="$build_dir/xvfb.Xauthority" n=99
    while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
    say "No display found: starting the console under Xvfb on :$n"
    # Nothing here needs a screenshot tool; the hint says what to install for one.
    local shot="XAUTHORITY=$auth import -display :$n -window root netloom.png"
    if command -v import >/dev/null; then
      say "Screenshot: $shot"
    else
      say "Screenshot: apt-get install --no-install-recommends imagemagick, then: $shot"
    fi
    exec xvfb-run -n "$n" -f "$auth" -s '-screen 0 1600x1000x24' "$netloom" --lab
  fi
  say "Starting the console on the built-in lab"
  exec "$netloom" --lab
}

take_screenshot() {
  # The README's picture, taken the same way every time: a fresh Xvfb, the console on its lab, a
  # fixed wait for the sync and the first layout, then the whole screen.
  local out=${1:-$root/resources/screenshots/console.png}
  shift || true
  local n=99 pid
  while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  trap 'kill $xvfb 2>/dev/null' RETURN
  sleep 1
  DISPLAY=":$n" "$build_dir/bin/netloom" --lab "$@" &
  pid=$!
  sleep "${NETLOOM_SCREENSHOT_WAIT:-8}"
  DISPLAY=":$n" import -window root "$out"
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
  say "Saved $out"
}

run_tests() {
  check_kubectl
  say "Running the test suite"
  # run-tests.sh fails the run if ctest ran fewer tests than the build defines, and prints the counts.
  "$root/installer/run-tests.sh" "$build_dir"
}

case "$command" in
  packages) printf '%s\n' "${packages[@]}" ;;
  console) install_missing; build; run_console ;;
  test) install_missing; build; run_tests ;;
  setup) install_missing; build ;;
  screenshot) shift; install_missing "${screenshot_packages[@]}"; build; take_screenshot "$@" ;;
  *) sed -n '2,/^set /{/^#/p}' "$0"; exit 2 ;;
esac
