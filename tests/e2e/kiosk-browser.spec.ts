/**
 * The kiosk's browser stays silent: Debian Chromium, started with exactly the launcher's flags
 * (scripts/kiosk.sh --flags; headless here, and with a profile of its own), sends every request
 * for another machine through a logging proxy. While the kiosk loads, a visitor types in the
 * search box (which is when autofill would ask its server) and the browser sits for a while
 * (when updaters and background services would call), the proxy must see nothing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { ORIGIN } from './helpers';
import { mapIdle } from './map';

/** How long the browser is watched after the visitor has typed. */
const WATCH_MS = 30_000;

/** The DevTools port a Chromium started with this profile listens on, once it has started. */
function devToolsPort(profile: string): string {
	try {
		return readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]!;
	} catch {
		return '';
	}
}

test('the kiosk browser calls no other machine', async () => {
	test.setTimeout(120_000);
	const calls: string[] = [];
	const proxy = createServer((request, response) => {
		calls.push(`${request.method} ${request.url}`);
		response.writeHead(502).end();
	});
	proxy.on('connect', (request, socket) => {
		calls.push(`CONNECT ${request.url}`);
		socket.destroy();
	});
	await new Promise<void>((listening) => proxy.listen(0, '127.0.0.1', listening));
	const proxyPort = (proxy.address() as { port: number }).port;

	const flags = execFileSync('bash', ['scripts/kiosk.sh', '--flags'], { encoding: 'utf8' })
		.trim()
		.split('\n')
		.filter((flag) => flag !== '--kiosk' && !flag.startsWith('--user-data-dir='));
	const profile = mkdtempSync(join(tmpdir(), 'atlas-kiosk-profile-'));
	const browserProcess = spawn(
		process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		[
			...flags,
			`--user-data-dir=${profile}`,
			'--headless=new',
			'--no-sandbox',
			'--remote-debugging-port=0',
			// Every request for another machine goes to the proxy (this one's own stay direct).
			`--proxy-server=http://127.0.0.1:${proxyPort}`,
			'about:blank'
		],
		// Its own process group, so that stopping it stops its helper processes too.
		{ stdio: 'ignore', detached: true }
	);
	try {
		// Chromium writes the port it listens on for DevTools into the profile.
		let port = '';
		await expect.poll(() => (port = devToolsPort(profile))).not.toBe('');
		const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
		const page = browser.contexts()[0]!.pages()[0] ?? (await browser.contexts()[0]!.newPage());
		await page.goto(`${ORIGIN}/kiosk`);
		await mapIdle(page);
		await page.getByRole('combobox').click();
		await page.keyboard.type('wisteria', { delay: 50 });
		await expect(page.getByRole('option').first()).toBeVisible();
		await page.waitForTimeout(WATCH_MS);
		expect(calls).toEqual([]);
		await browser.close();
	} finally {
		const exited =
			browserProcess.exitCode === null
				? new Promise((done) => browserProcess.once('exit', done))
				: Promise.resolve();
		try {
			process.kill(-browserProcess.pid!);
		} catch {
			// The whole group has gone already.
		}
		await exited;
		proxy.close();
		// Helper processes may still be closing files in the profile for a moment; rmSync's own
		// retries (for ENOTEMPTY and EBUSY) wait for them.
		rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
	}
});
