#!/usr/bin/env bash
# Tandem's set-up on a fresh Debian 12 machine.
#
#   installer/bootstrap.sh run    install what is missing, build, launch the app on the demo agency
#   installer/bootstrap.sh test   install what is missing, build, run every test through CTest
#
# The tests run the storage, service and model suites on SQLite and, through a throwaway
# PostgreSQL 15 cluster on a loopback port (installer/pg-test-server.sh), on PostgreSQL too.
#
# Works as root or through sudo. Installs only Debian packages; downloads nothing else.
set -euo pipefail

mode=${1:-}
case "$mode" in
  run|test) ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

packages=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
  libgl-dev libsqlite3-dev fonts-dejavu-core
  libgtest-dev libgmock-dev libbenchmark-dev
  postgresql-15 libqt6sql6-psql libpq-dev qtkeychain-qt6-dev
  libical-dev python3-icalendar
  libpoppler-qt6-dev libquazip1-qt6-dev libphonenumber-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"

if [ "$mode" = run ]; then
  exec ./build/release/app/gui/tandem --demo
fi
ctest --preset release
