import { expect, test } from 'vitest';
import { readingOrder } from './keyboard';

test('places in view are walked in reading order: rows from the top, each from the left', () => {
	const anchors = new Map<string, [number, number]>([
		['bottom-right', [300, 400]],
		['top-right', [350, 12]],
		['top-left', [20, 30]],
		['middle', [200, 200]],
		['bottom-left', [10, 410]]
	]);
	expect(readingOrder(anchors, [400, 500])).toEqual([
		'top-left',
		'top-right',
		'middle',
		'bottom-left',
		'bottom-right'
	]);
});

test('a place whose anchor is outside the view is not walked to', () => {
	const anchors = new Map<string, [number, number]>([
		['inside', [100, 100]],
		['left of it', [-5, 100]],
		['below it', [100, 501]]
	]);
	expect(readingOrder(anchors, [400, 500])).toEqual(['inside']);
});
