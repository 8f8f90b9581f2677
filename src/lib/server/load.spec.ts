/** The loaders read one content root: the project, or the folder ATLAS_CONTENT_ROOT names. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { contentRoot, loadAtlas, loadContent, readSources } from './load';

afterEach(() => vi.unstubAllEnvs());

test('ATLAS_CONTENT_ROOT moves every loader to another folder', () => {
	const root = mkdtempSync(join(tmpdir(), 'atlas-root-'));
	try {
		cpSync('seeds', join(root, 'seeds'), { recursive: true });
		cpSync('geo', join(root, 'geo'), { recursive: true });
		vi.stubEnv('ATLAS_CONTENT_ROOT', root);
		expect(contentRoot()).toBe(root);
		const there = loadContent();
		// Built from the copy, not taken from the project's own content built earlier.
		expect(there).not.toBe(loadContent(process.cwd()));
		expect(there.places.map((p) => p.properties.id)).toEqual(
			loadContent(process.cwd()).places.map((p) => p.properties.id)
		);
		expect(loadAtlas().places.length).toBe(there.places.length);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});

test('without ATLAS_CONTENT_ROOT the loaders read the working folder', () => {
	vi.stubEnv('ATLAS_CONTENT_ROOT', '');
	expect(contentRoot()).toBe(process.cwd());
});

test('a content root without seeds/ or a geo file is an error naming the folder and the file', () => {
	const root = mkdtempSync(join(tmpdir(), 'atlas-empty-'));
	try {
		expect(() => readSources(root)).toThrow(`seeds/: no such folder in the content root ${root}`);
		cpSync('seeds', join(root, 'seeds'), { recursive: true });
		expect(() => readSources(root)).toThrow(
			`geo/places.geojson: no such file in the content root ${root}`
		);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
