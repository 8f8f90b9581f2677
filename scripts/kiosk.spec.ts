import { execFileSync } from 'node:child_process';
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
