import { expect, test } from 'vitest';
import { metresPerPixel } from './tiles';

test('metres per pixel halve with each zoom level, and shrink away from the equator', () => {
	expect(metresPerPixel(0, 0)).toBeCloseTo(40_075_016.686 / 512, 3);
	expect(metresPerPixel(11, 31.3) / metresPerPixel(12, 31.3)).toBeCloseTo(2, 10);
	expect(metresPerPixel(10, 60)).toBeCloseTo(metresPerPixel(10, 0) / 2, 6);
});
