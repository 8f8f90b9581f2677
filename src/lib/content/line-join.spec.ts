import { describe, expect, it } from 'vitest';
import { joinLines } from './line-join';

describe('joinLines', () => {
	it('joins pieces that meet end to end, whichever way each runs', () => {
		const joined = joinLines([
			[
				[1, 0],
				[2, 0]
			],
			[
				[3, 0],
				[2, 0]
			],
			[
				[0, 0],
				[1, 0]
			]
		]);
		expect(joined).toEqual([
			[
				[0, 0],
				[1, 0],
				[2, 0],
				[3, 0]
			]
		]);
	});

	it('leaves pieces apart at a junction of three or more, and keeps every position', () => {
		const star = [
			[
				[0, 0],
				[1, 0]
			],
			[
				[0, 0],
				[0, 1]
			],
			[
				[0, 0],
				[-1, 0]
			]
		];
		expect(joinLines(star)).toEqual(star);
		const apart = [
			[
				[0, 0],
				[1, 0]
			],
			[
				[2, 0],
				[3, 0]
			]
		];
		expect(joinLines(apart)).toEqual(apart);
	});

	it('closes a ring once, and drops nothing but pieces of a single position', () => {
		const ring = joinLines([
			[
				[0, 0],
				[1, 0]
			],
			[
				[1, 0],
				[1, 1]
			],
			[
				[1, 1],
				[0, 0]
			],
			[[5, 5]]
		]);
		expect(ring).toEqual([
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 0]
			]
		]);
	});
});
