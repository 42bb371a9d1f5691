#!/usr/bin/env bash
# Shared set-up for ./run and ./test: system libraries, virtual environment, pinned packages,
# translations. Safe to run again: each step is skipped when already done.
# Usage: tools/setup.sh runtime|dev
set -euo pipefail

profile=${1:-runtime}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="$root/.venv"
stamps="$root/.setup-stamps"
lock="$root/requirements/$profile.lock"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

# --- System libraries (Debian/Ubuntu) -----------------------------------------------------
# What offscreen Qt, a real window under Xvfb, and the PDF checks of the tests need.
apt_packages=(
  python3-venv
  libgl1 libegl1 libx11-6 libglib2.0-0 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
  fonts-dejavu-core
  libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-shm0
  libxcb-sync1 libxcb-util1
)
if [ "$profile" = dev ]; then
  apt_packages+=(xvfb xauth poppler-utils)
fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${apt_packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$pkg")
  done
  # python3-venv is named after the exact version on some releases (python3.11-venv).
  if [[ " ${missing[*]-} " == *" python3-venv "* ]] && python3 -c 'import ensurepip' 2>/dev/null; then
    missing=("${missing[@]/python3-venv}")
  fi
  read -r -a missing <<<"${missing[*]-}"
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      say "installing system packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      say "These system packages are missing. Install them, then run this command again:"
      echo "  sudo apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
else
  say "not a Debian/Ubuntu system: skipping system packages (see README)"
fi

# --- Virtual environment and pinned packages ----------------------------------------------
if [ ! -x "$venv/bin/python" ]; then
  say "creating the virtual environment in .venv"
  python3 -m venv "$venv"
fi
mkdir -p "$stamps"
want=$(sha256sum "$lock" | cut -d' ' -f1)
have=$(cat "$stamps/$profile.lock.sha256" 2>/dev/null || true)
if [ "$want" != "$have" ]; then
  say "installing pinned packages from requirements/$profile.lock"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    --require-hashes --only-binary=:all: -r "$lock"
  echo "$want" >"$stamps/$profile.lock.sha256"
  # A runtime install after a dev one leaves the dev tools in place; that is harmless.
fi

# --- The project itself, so that .venv/bin/osc-desktop exists ------------------------------
# Editable, so the checkout's code is what runs; built with the pinned setuptools from the lock
# file (no build isolation, no index): nothing is fetched from the network for it.
want=$(cat "$root/pyproject.toml" "$lock" | sha256sum | cut -d' ' -f1)
have=$(cat "$stamps/project.sha256" 2>/dev/null || true)
if [ "$want" != "$have" ] || [ ! -x "$venv/bin/osc-desktop" ]; then
  say "installing osc-desktop itself into .venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    --no-deps --no-build-isolation --no-index --editable "$root"
  echo "$want" >"$stamps/project.sha256"
fi

# --- Translations ---------------------------------------------------------------------------
"$venv/bin/python" "$root/tools/translations.py" compile >&2
