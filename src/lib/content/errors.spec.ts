import { expect, test } from 'vitest';
import { z } from 'zod';
import { CuratedFact } from '$lib/schema/fact';
import { Place } from '$lib/schema/place';
import { CuratedTour } from '$lib/schema/tour';
import { fieldsAt, nearestField, zodProblems } from './errors';

test('the fields allowed where an unknown one stands, through arrays, objects and wrappers', () => {
	const tour = [{ id: 'a', trace: { place: 'x', form: 'y' } }];
	expect(fieldsAt(CuratedTour, tour, [0, 'trace'])).toEqual(['place', 'from']);
	expect(fieldsAt(z.array(CuratedFact), [{}], [0])).toContain('qualifier');
	expect(fieldsAt(Place, {}, ['properties'])).toContain('precision');
	// Not an object there: no fields to suggest from.
	expect(fieldsAt(Place, {}, ['id'])).toEqual([]);
});

test('a misspelling is matched within two edits, a short name within one', () => {
	expect(nearestField('qualifer', ['qualifier', 'quote'])).toBe('qualifier');
	expect(nearestField('meaures', ['measures', 'means'])).toBe('measures');
	expect(nearestField('yaer', ['year', 'date'])).toBe('year');
	expect(nearestField('idd', ['id'])).toBe('id');
	expect(nearestField('colour', ['label', 'value', 'unit'])).toBeNull();
	expect(nearestField('dat', ['date', 'year'])).toBe('date');
	expect(nearestField('xy', ['id'])).toBeNull();
});

test('a misspelt tour field is named with the field it most likely means', () => {
	const input = [{ id: 'a', trace: { place: 'x', form: 'y' } }];
	const parsed = CuratedTour.safeParse(input);
	expect(parsed.success).toBe(false);
	const problems = zodProblems(
		'geo/tour.json',
		parsed.error!,
		input,
		(path) => ({ id: 'a', rest: path.slice(1) }),
		CuratedTour
	);
	expect(problems).toContainEqual({
		file: 'geo/tour.json',
		id: 'a',
		field: 'trace.form',
		message: 'not a field of this record: did you mean "from"? Nothing is dropped silently'
	});
});
