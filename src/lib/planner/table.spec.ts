import { describe, expect, it } from 'vitest';
import { loadContent, loadPlanner } from '$lib/server/load';
import { publishedPlaces } from '$lib/content/published';
import { CSV_COLUMNS, filterRows, rowsToCsv, rowsToGeoJson, sortRows } from './table';

const rows = () => loadPlanner().rows;

/** The fields of one CSV line (RFC 4180: quoted fields, quote marks doubled inside them). */
function csvFields(line: string): string[] {
	return [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) =>
		m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!
	);
}

describe('the planner table', () => {
	it('filters by industry, town and layout role', () => {
		const hydrogen = filterRows(rows(), { industry: 'hydrogen', town: null, role: null });
		expect(hydrogen.map((r) => r.id).sort()).toEqual(
			['ballard-anting', 'jiading-hydrogen-park', 'shanghai-international-automobile-city'].sort()
		);
		const anting = filterRows(rows(), { industry: null, town: 'anting', role: null });
		expect(anting.every((r) => r.town === 'anting')).toBe(true);
		const valleys = filterRows(rows(), { industry: null, town: null, role: 'two-valleys' });
		expect(valleys.map((r) => r.id).sort()).toEqual(['life-element-valley', 'shanghai-medvalley']);
		expect(filterRows(rows(), { industry: null, town: null, role: 'none' }).length).toBe(
			rows().filter((r) => !r.layout_role).length
		);
	});

	it('sorts either way, rows without a value last', () => {
		const byArea = sortRows(rows(), { key: 'statedArea', direction: 'descending' });
		expect(byArea[0]!.id).toBe('shanghai-international-automobile-city');
		expect(byArea.at(-1)!.statedArea).toBeNull();
		const up = sortRows(rows(), { key: 'statedArea', direction: 'ascending' });
		expect(up[0]!.id).toBe('valeo-waigang');
		expect(up.at(-1)!.statedArea).toBeNull();
		// In Chinese, names sort by pinyin: 巴拉德 (Ba…) before 嘉定 (Jia…) before 上海 (Shang…).
		const zh = sortRows(rows(), { key: 'name', direction: 'ascending' }, 'zh').map(
			(r) => r.name_zh
		);
		expect(zh[0]!.startsWith('巴拉德')).toBe(true);
		expect(zh.findIndex((n) => n.startsWith('嘉定'))).toBeLessThan(
			zh.findIndex((n) => n.startsWith('上海'))
		);
		const byAxis = sortRows(rows(), { key: 'axisKm', direction: 'ascending' });
		for (let i = 1; i < byAxis.length; i++)
			expect(byAxis[i]!.axisKm).toBeGreaterThanOrEqual(byAxis[i - 1]!.axisKm);
	});

	it('writes CSV with one row per place, quoting what needs it', () => {
		const csv = rowsToCsv(rows());
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[0]).toBe(CSV_COLUMNS.join(','));
		expect(lines).toHaveLength(rows().length + 1);
		const medvalley = lines.find((l) => l.startsWith('shanghai-medvalley,'))!;
		expect(medvalley).toContain(',2.2,medvalley-planned-area,');
		// A field holding quote marks is quoted whole, its quote marks doubled.
		const hongqiao = lines.find((l) => l.startsWith('north-hongqiao,'))!;
		expect(hongqiao).toContain('""New four modernizations"" automobile projects');
		expect(hongqiao).toContain('[north-hongqiao-online-growth-target]",');
	});

	it('lists each figure under its Chinese label too, beside the English one', () => {
		const [header, ...lines] = rowsToCsv(rows()).trimEnd().split('\r\n');
		expect(header!.split(',').slice(-2)).toEqual(['key_figures', 'key_figures_zh']);
		const at = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
		const medvalley = csvFields(lines.find((l) => l.startsWith('shanghai-medvalley,'))!);
		expect(medvalley).toHaveLength(CSV_COLUMNS.length);
		expect(medvalley[at('key_figures')]).toContain(
			'Planned area of Shanghai MedValley: 2.2 km2 [medvalley-planned-area]'
		);
		expect(medvalley[at('key_figures_zh')]).toContain(
			'上海医谷规划面积: 2.2 km2 [medvalley-planned-area]'
		);
		// The same figures in the same order, each under the label the planner carries for it.
		const factIds = (text: string) => [...text.matchAll(/\[([a-z0-9-]+)\]/g)].map((m) => m[1]);
		for (const row of rows()) {
			const fields = csvFields(lines.find((l) => l.startsWith(`${row.id},`))!);
			expect(factIds(fields[at('key_figures_zh')]!), row.id).toEqual(
				row.figures.map((f) => f.fact)
			);
			for (const figure of row.figures)
				expect(fields[at('key_figures_zh')], row.id).toContain(`${figure.label_zh}: `);
		}
	});

	it('opens as text what a spreadsheet would run as a formula; numbers stay numbers', () => {
		const [real] = rows();
		const hostile = [
			'=HYPERLINK("http://example.com","x")',
			'+1+1',
			'-2+3',
			'@SUM(A1)',
			'\tcmd',
			'\rcmd'
		];
		const csv = rowsToCsv(
			hostile.map((name, i) => ({ ...real!, id: `row-${i}`, name_en: name, axisKm: -1.5 }))
		);
		const names = csv
			.trimEnd()
			.split('\r\n')
			.slice(1)
			.map((line) => line.split(',')[1]);
		expect(names).toEqual([
			`"'=HYPERLINK(""http://example.com""`,
			"'+1+1",
			"'-2+3",
			"'@SUM(A1)",
			"'\tcmd",
			`"'\rcmd"`
		]);
		// A negative figure is a number, not a formula.
		expect(csv).toContain(',-1.5,');
	});

	it("writes each shape's share outside its town, and the sentence above the threshold", () => {
		const lines = rowsToCsv(rows()).trimEnd().split('\r\n');
		const at = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
		const city = lines
			.find((l) => l.startsWith('shanghai-international-automobile-city,'))!
			.split(',');
		expect(Number(city[at('share_outside_town')])).toBeGreaterThan(0.05);
		expect(city[at('outside_town_note')]).toMatch(/lies outside Anting\.$/);
		expect(city[at('outside_town_note_zh')]).toMatch(/以外。$/);
		const valeo = lines.find((l) => l.startsWith('valeo-waigang,'))!.split(',');
		expect(valeo[at('share_outside_town')]).toBe('0');
		expect(valeo[at('outside_town_note')]).toBe('');
	});

	it('writes GeoJSON of the listed places with their facts and provenance', () => {
		const places = publishedPlaces(loadContent()) as Parameters<typeof rowsToGeoJson>[1];
		const listed = filterRows(rows(), { industry: 'hydrogen', town: null, role: null });
		const fc = rowsToGeoJson(listed, places, loadContent().facts);
		expect(fc.features.map((f) => f.id).sort()).toEqual(listed.map((r) => r.id).sort());
		const ballard = fc.features.find((f) => f.id === 'ballard-anting')!;
		expect(ballard.properties!.precision).toBe('schematic');
		expect(ballard.properties!.source).toBeTruthy();
		expect(ballard.properties!.precision_reason_zh).toMatch(/\p{Script=Han}/u);
		const facts = ballard.properties!.facts as { id: string; quote: string; label_zh: string }[];
		expect(facts.map((f) => f.id)).toContain('ballard-investment');
		expect(facts.every((f) => f.quote.length > 3)).toBe(true);
		expect(facts.every((f) => /\p{Script=Han}/u.test(f.label_zh))).toBe(true);
	});
});
