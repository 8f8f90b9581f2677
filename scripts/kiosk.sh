#!/usr/bin/env bash
# Runs Jiading Atlas on a public touch screen: serves the production build on this machine and
# keeps Debian's Chromium open full screen on /kiosk, restarting it should it ever exit.
#
#   scripts/kiosk.sh                 start (builds first when build/ is missing)
#   scripts/kiosk.sh --print         print the Chromium command and exit
#   scripts/kiosk.sh --flags         print Chromium's flags, one a line, and exit
#
# Environment: KIOSK_QUERY  kiosk settings, e.g. "idle=120&lang=zh" (see src/lib/kiosk/options.ts)
#              KIOSK_PORT   local port (4173)       CHROMIUM_PATH  browser (/usr/bin/chromium)
#              KIOSK_PROFILE  Chromium profile directory (~/.config/jiading-atlas-kiosk)
# Needs a graphical session (DISPLAY or WAYLAND_DISPLAY). Once the kiosk page has loaded, it keeps
# an offline copy: it goes on working if this server stops.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${KIOSK_PORT:-4173}"
URL="http://127.0.0.1:${PORT}/kiosk${KIOSK_QUERY:+?${KIOSK_QUERY}}"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
PROFILE="${KIOSK_PROFILE:-${HOME}/.config/jiading-atlas-kiosk}"

FLAGS=(
	--kiosk                                  # full screen, no browser interface
	--user-data-dir="$PROFILE"               # its own profile, kept between restarts
	--no-first-run --no-default-browser-check
	--noerrdialogs --disable-infobars        # no error dialogs or bars over the screen
	--disable-session-crashed-bubble --hide-crash-restore-bubble
	--disable-pinch                          # no page pinch-zoom (the map zooms itself)
	--overscroll-history-navigation=0        # no back/forward by swiping
	--check-for-update-interval=31536000     # no update prompts
	--password-store=basic
	--autoplay-policy=no-user-gesture-required
	# Silent: nothing leaves the machine (tests/e2e/kiosk-browser.spec.ts checks with a logging
	# proxy). Translation, autofill field-type queries, optimization hints and models, network
	# time, casting, feed suggestions and certificate-transparency list updates are off ...
	--disable-features=Translate,TouchpadOverscrollHistoryNavigation,AutofillServerCommunication,OptimizationHints,OptimizationHintsFetching,OptimizationGuideModelDownloading,OptimizationTargetPrediction,NetworkTimeServiceQuerying,MediaRouter,DialMediaRouteProvider,InterestFeedContentSuggestions,CertificateTransparencyComponentUpdater
	# ... as are background services, updates of components and extensions, sync, reporting,
	# safe-browsing list updates and field trials ...
	--disable-background-networking --disable-component-update --disable-sync
	--disable-extensions --disable-default-apps --disable-component-extensions-with-background-pages
	--disable-domain-reliability --disable-client-side-phishing-detection --disable-breakpad
	--no-pings --metrics-recording-only --safebrowsing-disable-auto-update
	--disable-field-trial-config --no-service-autorun
	# ... and what still asks (the component updater, Google accounts and APIs) is sent to a
	# closed port on this machine instead.
	--component-updater=url-source=http://127.0.0.1:9/
	--gaia-url=http://127.0.0.1:9/ --google-apis-url=http://127.0.0.1:9/ --lso-url=http://127.0.0.1:9/
)

if [[ "${1:-}" == "--flags" ]]; then
	printf '%s\n' "${FLAGS[@]}"
	exit 0
fi

if [[ "${1:-}" == "--print" ]]; then
	printf '%q ' "$CHROMIUM" "${FLAGS[@]}" "$URL"
	echo
	exit 0
fi

[[ -x "$CHROMIUM" ]] || { echo "kiosk: no browser at $CHROMIUM (apt-get install chromium fonts-noto-cjk)" >&2; exit 1; }
# The map and the pages draw Chinese with the system's fonts: without a CJK font every Chinese
# name on the kiosk would be a row of empty boxes.
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || { echo "kiosk: no Chinese font (Noto Sans CJK): Chinese text would show as empty boxes (apt-get install fonts-noto-cjk)" >&2; exit 1; }
[[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]] || { echo "kiosk: no graphical session (DISPLAY or WAYLAND_DISPLAY)" >&2; exit 1; }
[[ -d build ]] || npm run build

npx vite preview --host 127.0.0.1 --port "$PORT" --strictPort &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 60); do
	curl -fs "http://127.0.0.1:${PORT}/kiosk" >/dev/null && break
	sleep 1
done

# Should Chromium ever exit (a crash, an update), it comes back on its own.
while true; do
	"$CHROMIUM" "${FLAGS[@]}" "$URL" || true
	echo "kiosk: Chromium exited; restarting in 5 s" >&2
	sleep 5
done
