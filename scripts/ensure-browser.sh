#!/usr/bin/env bash
# Makes sure Debian's Chromium and CJK fonts are present for the browser tests.
# Playwright cannot download its own browser on these machines; Debian's packages can be installed.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
	exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "Browser tests need Debian's Chromium and CJK fonts. Install them with:" >&2
	echo "  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk" >&2
	exit 1
fi
echo "Installing Chromium and CJK fonts from Debian's packages…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
