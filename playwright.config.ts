import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the production build in Debian's Chromium (no browser download), built
 * with the test hooks on (src/lib/map/test-hooks.ts: where a coordinate is drawn, where the camera is).
 */
// E2E_PORT lets two checkouts on one machine test side by side without reusing each other's server.
const port = Number(process.env.E2E_PORT ?? 4173);
const FIXTURE_EXTRACT = 'tests/fixtures/streets-jiading.osm';
const FIXTURE_STREETS = 'tests/.street-tiles';
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		...devices['Desktop Chrome'],
		// Every page registers the offline copy; a test that routes a request must reach the
		// page, not a cached copy. tests/e2e/offline.spec.ts lets the workers run.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	// The build serves street tiles made from the fixture extract (tests/fixtures/streets-jiading.osm),
	// as a deployment with `npm run basemap` does; a build without them is the style's unit tests'.
	webServer: {
		command: `npm run basemap -- ${FIXTURE_EXTRACT} --out ${FIXTURE_STREETS} && ATLAS_STREET_TILES=${FIXTURE_STREETS} VITE_ATLAS_TEST_HOOKS=1 npm run build && vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
