#!/usr/bin/env bash
# Installs every Debian 12 package opcheck needs to build, run, test and benchmark.
# This is the single list of the project's dependencies; nothing is downloaded elsewhere.
set -euo pipefail

PACKAGES=(
  # build
  build-essential cmake pkg-config git ca-certificates
  # extract stage
  libpoppler-cpp-dev poppler-utils libqpdf-dev
  libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-nld tesseract-ocr-osd
  libicu-dev libhunspell-dev hunspell-nl
  # storage, analysis, cli
  libssl-dev libsqlite3-dev sqlite3 libstemmer-dev nlohmann-json3-dev libcli11-dev libfmt-dev libtomlplusplus-dev
  # corpus generator
  libcairo2-dev libpango1.0-dev fonts-dejavu-core qpdf
  # reports and exports
  libxlsxwriter-dev libzip-dev
  # tests (chromium checks the HTML reports in a real browser)
  libgtest-dev libgmock-dev chromium
)
# Peer tools for the benchmarks only (bench/): `scripts/install-deps.sh --bench`.
if [ "${1:-}" = "--bench" ]; then
  PACKAGES+=(ocrmypdf hyperfine time)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "opcheck: installeren van ontbrekende pakketten: ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
