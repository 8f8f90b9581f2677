#!/usr/bin/env bash
# Makes sure Debian's tilemaker (OSM extract → vector tiles) and osmium-tool (clipping, and .osm
# XML → .osm.pbf) are present for `npm run basemap` and its tests, as ensure-browser.sh does for
# Chromium: installed from Debian's packages when missing.
set -euo pipefail
if command -v tilemaker >/dev/null && command -v osmium >/dev/null; then
	exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "The street basemap needs Debian's tilemaker and osmium-tool. Install them with:" >&2
	echo "  sudo apt-get update && sudo apt-get install -y tilemaker osmium-tool" >&2
	exit 1
fi
echo "Installing tilemaker and osmium-tool from Debian's packages…" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tilemaker osmium-tool >/dev/null
