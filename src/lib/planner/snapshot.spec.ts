import { expect, test } from 'vitest';
import { bandHeight, legendRows, niceDistance, PRINT_PAGE } from './snapshot';

test('a scale bar takes a round distance that fits', () => {
	expect(niceDistance(1234)).toBe(1000);
	expect(niceDistance(2600)).toBe(2000);
	expect(niceDistance(7300)).toBe(5000);
	expect(niceDistance(80)).toBe(50);
});

test('the legend wraps into rows that fit the page, placing every item', () => {
	const r = PRINT_PAGE.width / PRINT_PAGE.cssWidth;
	const widths = Array.from({ length: 14 }, (_, i) => (80 + i * 23) * r);
	const rows = legendRows(widths, PRINT_PAGE.width, r);
	expect(rows.flat().map((p) => p.item)).toEqual(widths.map((_, i) => i));
	expect(rows.length).toBeGreaterThan(1);
	for (const row of rows) {
		const last = row.at(-1)!;
		expect(last.x + 22 * r + widths[last.item]!).toBeLessThanOrEqual(PRINT_PAGE.width);
	}
	// An item wider than the page still gets a row of its own.
	expect(legendRows([PRINT_PAGE.width * 2, 10], PRINT_PAGE.width, r)).toHaveLength(2);
	// The band grows with its rows; the map takes the rest of the page.
	expect(bandHeight(3, r)).toBeGreaterThan(bandHeight(1, r));
	expect(bandHeight(3, r)).toBeLessThan(PRINT_PAGE.height / 4);
});
