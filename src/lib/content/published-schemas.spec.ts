/**
 * Every published file has a JSON Schema, and what the endpoints serve validates against the
 * schema as published (draft 2020-12, checked by Ajv), not only against the zod schema behind it:
 * zod drops unknown keys when it parses, while the published schemas forbid them.
 */
import { readdirSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadAtlas, loadContent } from '$lib/server/load';
import {
	jsonSchema,
	PUBLISHED_FILES,
	PUBLISHED_SCHEMAS,
	publishedPayloads,
	type PublishedName
} from './published';

const DATA_ROUTES = 'src/routes/data';

/** The URL of every endpoint under src/routes/data, as its folder names it. */
function dataRoutes(): string[] {
	return readdirSync(DATA_ROUTES, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith(`${sep}+server.ts`))
		.map((path) => `/data/${dirname(path).split(sep).join('/')}`);
}

function validatorOf(name: PublishedName) {
	return new Ajv2020({ allErrors: true }).compile(jsonSchema(name));
}

/** Ajv's errors as lines that name the place in the file. */
function schemaErrors(name: PublishedName, body: unknown): string[] {
	const validate = validatorOf(name);
	// Validate what the endpoint writes, not the object in memory (undefined keys vanish).
	if (validate(JSON.parse(JSON.stringify(body)))) return [];
	return (validate.errors ?? []).map(
		(e) =>
			`${e.instancePath || '/'} ${e.message}${'additionalProperty' in e.params ? `: ${e.params.additionalProperty}` : ''}`
	);
}

describe('the published schemas', () => {
	it('cover every endpoint under /data except the schemas themselves', () => {
		const published = PUBLISHED_FILES.map((f) => f.route);
		expect(dataRoutes().sort()).toEqual([...published, '/data/schema/[name].schema.json'].sort());
	});

	it('are each the schema of a published file', () => {
		expect(new Set(PUBLISHED_FILES.map((f) => f.schema))).toEqual(
			new Set(Object.keys(PUBLISHED_SCHEMAS))
		);
	});

	it('reject a key the zod schema would quietly drop', () => {
		const coverage = { figures: 1, mapped: 1, unmapped: 0, unaccounted: 0 };
		const claims = { total: 0, mapped: 0, unmapped: 0, unaccounted: 0 };
		expect(schemaErrors('coverage', { ...coverage, claims })).toEqual([]);
		expect(schemaErrors('coverage', { ...coverage, claims, extra: 1 })).toEqual([
			'/ must NOT have additional properties: extra'
		]);
	});

	it('reject a search entry without the text it is matched against', () => {
		const entry = { type: 'place', id: 'anting', place: 'anting', label: 'Anting', names: [] };
		expect(schemaErrors('search', [entry])).toEqual(["/0 must have required property 'terms'"]);
	});
});

describe('the published files', () => {
	const files = publishedPayloads(loadContent(), loadAtlas());

	it.each(files)('$path validates against its JSON Schema', ({ schema, body }) => {
		expect(schemaErrors(schema, body)).toEqual([]);
	});
});
