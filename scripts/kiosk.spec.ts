import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const print = (env: Record<string, string> = {}) =>
	execFileSync('bash', ['scripts/kiosk.sh', '--print'], {
		encoding: 'utf8',
		env: { ...process.env, CHROMIUM_PATH: '/usr/bin/chromium', ...env }
	}).trim();

test('the launcher opens Chromium full screen on /kiosk, locked down', () => {
	const command = print();
	expect(command.startsWith('/usr/bin/chromium ')).toBe(true);
	for (const flag of [
		'--kiosk',
		'--disable-pinch',
		'--noerrdialogs',
		'--overscroll-history-navigation=0'
	])
		expect(command.split(' ')).toContain(flag);
	expect(command.endsWith('http://127.0.0.1:4173/kiosk')).toBe(true);
});

test('the launcher passes kiosk settings and the port through', () => {
	const command = print({ KIOSK_QUERY: 'idle=120&lang=zh', KIOSK_PORT: '8080' });
	expect(command.endsWith('http://127.0.0.1:8080/kiosk\\?idle=120\\&lang=zh')).toBe(true);
});

/** The launcher started (not printed) on a machine whose fonts fc-list lists as `fonts`. */
function start(fonts: string) {
	const bin = mkdtempSync(join(tmpdir(), 'kiosk-sh-'));
	// Stand-ins for the machine: its font list, and a browser that does nothing.
	writeFileSync(join(bin, 'fc-list'), `#!/bin/sh\nprintf '%s\\n' '${fonts}'\n`);
	writeFileSync(join(bin, 'browser'), '#!/bin/sh\nexit 0\n');
	for (const file of ['fc-list', 'browser']) chmodSync(join(bin, file), 0o755);
	return spawnSync('bash', ['scripts/kiosk.sh'], {
		encoding: 'utf8',
		env: {
			...process.env,
			PATH: `${bin}:${process.env.PATH}`,
			CHROMIUM_PATH: join(bin, 'browser'),
			DISPLAY: '',
			WAYLAND_DISPLAY: ''
		}
	});
}

test('the launcher refuses a machine with no Chinese font, where every Chinese name would be boxes', () => {
	const run = start('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf: DejaVu Sans:style=Book');
	expect(run.status).toBe(1);
	expect(run.stderr).toContain('kiosk: no Chinese font (Noto Sans CJK)');
	// With the font, it goes on to its next check (here no graphical session stops it).
	const withFont = start(
		'/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc: Noto Sans CJK SC:style=Regular'
	);
	expect(withFont.stderr).not.toContain('no Chinese font');
	expect(withFont.stderr).toContain('kiosk: no graphical session');
});
