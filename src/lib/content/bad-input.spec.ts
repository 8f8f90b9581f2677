import { describe, expect, it } from 'vitest';
import {
	createSources,
	createSourcesWithFacts,
	createSourcesWithPlaces,
	fact,
	feature,
	problemsOf
} from '../../../tests/fixtures/sources';

describe('bad data is reported with file, id and field', () => {
	it('invalid JSON names the file', () => {
		const sources = createSources();
		sources.facts = { ...sources.facts, text: sources.facts.text.replace('[', '[,') };
		expect(problemsOf(sources)).toEqual([
			expect.stringMatching(/^geo\/facts\.json: invalid JSON: /)
		]);
	});

	it('a missing id names the feature position and field', () => {
		const sources = createSourcesWithPlaces((features) => {
			const f = feature(features, 'malu');
			delete f.id;
		});
		expect(problemsOf(sources)).toContain(
			'geo/places.geojson: "malu", field "id": missing (expected string)'
		);
	});

	it('a duplicate id is reported', () => {
		const sources = createSourcesWithPlaces((features) => {
			const copy = structuredClone(feature(features, 'anting'));
			features.push(copy);
		});
		expect(problemsOf(sources)).toContain('geo/places.geojson: "anting", field "id": duplicate id');
	});

	it('an unknown kind lists the allowed kinds', () => {
		const sources = createSourcesWithPlaces((features) => {
			feature(features, 'shanghai-medvalley').properties.kind = 'clustr';
		});
		expect(problemsOf(sources)).toEqual([
			expect.stringMatching(
				/^geo\/places\.geojson: "shanghai-medvalley", field "properties\.kind": unknown value "clustr" \(expected one of "district", "town", "cluster"/
			)
		]);
	});

	it('a fact quote that is not in its article is caught', () => {
		const sources = createSourcesWithFacts((facts) => {
			fact(facts, 'medvalley-planned-area').quote = 'With a planned area of 2.5 square kilometers';
		});
		expect(problemsOf(sources)).toContain(
			'geo/facts.json: "medvalley-planned-area", field "quote": not found verbatim in article "shanghai-medvalley-strengthens-jiadings-biopharma-sector": "With a planned area of 2.5 square kilometers"'
		);
	});

	it('a fact without a Chinese label names the file, the fact and label_zh', () => {
		const sources = createSourcesWithFacts((facts) => {
			delete fact(facts, 'medvalley-planned-area').label_zh;
		});
		expect(problemsOf(sources)).toEqual([
			'geo/facts.json: "medvalley-planned-area", field "label_zh": missing (expected string)'
		]);
	});

	it('a misspelt field is named, never dropped', () => {
		const facts = createSourcesWithFacts((facts) => {
			fact(facts, 'hydrogen-output-target').qualifer = 'more-than';
		});
		expect(problemsOf(facts)).toEqual([
			'geo/facts.json: "hydrogen-output-target", field "qualifer": not a field of this record: did you mean "qualifier"? Nothing is dropped silently'
		]);
		const places = createSourcesWithPlaces((features) => {
			feature(features, 'malu').properties.precison = 'exact';
		});
		expect(problemsOf(places)).toContainEqual(
			'geo/places.geojson: "malu", field "properties.precison": not a field of this record: did you mean "precision"? Nothing is dropped silently'
		);
		// A field far from every allowed one gets no guess.
		const stranger = createSourcesWithFacts((facts) => {
			fact(facts, 'hydrogen-output-target').colour = 'red';
		});
		expect(problemsOf(stranger)).toEqual([
			'geo/facts.json: "hydrogen-output-target", field "colour": not a field of this record (misspelt?); nothing is dropped silently'
		]);
	});

	it('a number too large to hold is named as such, not as null', () => {
		const sources = createSources();
		sources.facts = {
			...sources.facts,
			text: sources.facts.text.replace('"value": 2.2', '"value": 1e999')
		};
		expect(problemsOf(sources)).toEqual([
			'geo/facts.json: "medvalley-planned-area", field "value": Infinity is not a finite number: the file writes a number too large to hold (such as 1e999)'
		]);
	});

	it('a file of the wrong shape is the file’s problem, named without a record', () => {
		const sources = createSources();
		sources.facts = { ...sources.facts, text: '{"id": "x"}' };
		expect(problemsOf(sources)).toEqual(['geo/facts.json: expected array, got {"id":"x"}']);
	});

	it('a places file that cannot be read is one problem, not one per fact naming a place', () => {
		for (const text of ['[]', '{"type": "FeatureCollection"}', '{ not json']) {
			const sources = createSources();
			sources.places = { ...sources.places, text };
			const problems = problemsOf(sources);
			expect(problems, text).toHaveLength(1);
			expect(problems[0]).toMatch(/^geo\/places\.geojson: /);
		}
	});

	it('a polygon with no area is named as such, not as lying outside its town', () => {
		const sources = createSourcesWithPlaces((features) => {
			const f = feature(features, 'shanghai-medvalley');
			const [a, b] = (f.geometry.coordinates as number[][][])[0]!;
			f.geometry.coordinates = [[a, b, a, b, a]];
		});
		expect(problemsOf(sources)).toEqual([
			expect.stringMatching(
				/^geo\/places\.geojson: "shanghai-medvalley", field "geometry": the polygon has no area: its outer ring's positions lie on one line \(near \[121\.\d+, 31\.\d+\]\)$/
			)
		]);
	});

	it('a byte-order mark is named as such', () => {
		const sources = createSources();
		sources.facts = { ...sources.facts, text: '\uFEFF' + sources.facts.text };
		expect(problemsOf(sources)).toEqual([
			'geo/facts.json: starts with a byte-order mark (BOM); save it as UTF-8 without one'
		]);
	});

	it('two disagreements with one id, or one fact in two disagreements, are caught', () => {
		const sources = createSources();
		const disagreements = JSON.parse(sources.disagreements.text) as Record<string, unknown>[];
		disagreements.push({
			...disagreements[1]!,
			facts: ['biopharma-enterprises-total', 'medical-output-2022']
		});
		sources.disagreements = { ...sources.disagreements, text: JSON.stringify(disagreements) };
		expect(problemsOf(sources)).toEqual([
			'geo/disagreements.json: "biopharma-firm-counts", field "id": duplicate id',
			'geo/disagreements.json: "biopharma-firm-counts", field "facts": "biopharma-enterprises-total" is already in the disagreement "biopharma-firm-counts"; merge the two'
		]);
	});

	it('a fact naming an unknown place is caught', () => {
		const sources = createSourcesWithFacts((facts) => {
			fact(facts, 'medvalley-planned-area').places = ['shanghai-medvaley'];
		});
		expect(problemsOf(sources)).toContain(
			'geo/facts.json: "medvalley-planned-area", field "places": unknown place "shanghai-medvaley"'
		);
	});

	it('a value absent from its quote is caught', () => {
		const sources = createSourcesWithFacts((facts) => {
			fact(facts, 'medvalley-planned-area').value = 2.3;
		});
		expect(problemsOf(sources)).toContain(
			'geo/facts.json: "medvalley-planned-area", field "value": 2.3 does not appear in the quote'
		);
	});

	it('a unit the quote does not use is caught', () => {
		const sources = createSourcesWithFacts((facts) => {
			fact(facts, 'medvalley-planned-area').unit = 'ha';
		});
		expect(problemsOf(sources)).toEqual([
			'geo/facts.json: "medvalley-planned-area", field "unit": the quote does not give the figure in ha'
		]);
	});

	it('the bare number of a scaled figure is not its value', () => {
		const sources = createSourcesWithFacts((facts) => {
			fact(facts, 'biopharma-output-goal').value = 38.5;
		});
		expect(problemsOf(sources)).toContainEqual(
			'geo/facts.json: "biopharma-output-goal", field "value": 38.5 is the bare number of "38.5 billion", whose value is 38500000000'
		);
	});

	it('two printed forms of one area that do not agree are caught', () => {
		const sources = createSourcesWithFacts((facts) => {
			fact(facts, 'valeo-base-area').value = 46;
			fact(facts, 'valeo-base-area').quote = 'Covering an area of about 45 mu (3 hectares)';
		});
		const problems = problemsOf(sources);
		expect(problems).toContain(
			'geo/facts.json: "valeo-base-area", field "value": 46 does not appear in the quote'
		);
		expect(problems).toContain(
			'geo/facts.json: "valeo-base-area", field "also[0]": inconsistent with the value: 46 mu is 3.067 ha, not 3'
		);
	});

	it('coordinates outside the Jiading area are caught', () => {
		const sources = createSourcesWithPlaces((features) => {
			feature(features, 'ruijin-hospital').geometry = { type: 'Point', coordinates: [116.4, 39.9] };
		});
		expect(problemsOf(sources)).toContain(
			'geo/places.geojson: "ruijin-hospital", field "geometry": coordinate [116.4, 39.9] lies outside the Jiading area (121.05–121.42 E, 31.19–31.54 N)'
		);
	});

	it('swapped longitude and latitude are named as such', () => {
		const sources = createSourcesWithPlaces((features) => {
			feature(features, 'ruijin-hospital').geometry = {
				type: 'Point',
				coordinates: [31.337446, 121.254483]
			};
		});
		expect(problemsOf(sources)).toContain(
			'geo/places.geojson: "ruijin-hospital", field "geometry": longitude and latitude swapped at [31.337446, 121.254483] (GeoJSON order is [longitude, latitude])'
		);
	});

	it('an empty polygon is caught', () => {
		const sources = createSourcesWithPlaces((features) => {
			feature(features, 'shanghai-medvalley').geometry = { type: 'Polygon', coordinates: [] };
		});
		expect(problemsOf(sources)).toContain(
			'geo/places.geojson: "shanghai-medvalley", field "geometry": empty polygon (no rings)'
		);
	});

	it('a one-position line and a hole outside its ring are caught', () => {
		const sources = createSourcesWithPlaces((features) => {
			feature(features, 'one-axis').geometry = {
				type: 'LineString',
				coordinates: [[121.25, 31.35]]
			};
			feature(features, 'shanghai-medvalley').geometry = {
				type: 'Polygon',
				coordinates: [
					[
						[121.24, 31.34],
						[121.26, 31.34],
						[121.26, 31.36],
						[121.24, 31.36],
						[121.24, 31.34]
					],
					[
						[121.3, 31.3],
						[121.3, 31.31],
						[121.31, 31.31],
						[121.3, 31.3]
					]
				]
			};
		});
		const problems = problemsOf(sources);
		expect(problems).toContain(
			'geo/places.geojson: "one-axis", field "geometry": line with 1 position (needs at least 2)'
		);
		expect(problems).toContain(
			'geo/places.geojson: "shanghai-medvalley", field "geometry": a hole of the polygon lies outside its outer ring (near [121.3, 31.3])'
		);
	});

	it('a self-intersecting polygon is caught', () => {
		const bowtie = [
			[121.25, 31.33],
			[121.26, 31.34],
			[121.26, 31.33],
			[121.25, 31.34],
			[121.25, 31.33]
		];
		const sources = createSourcesWithPlaces((features) => {
			feature(features, 'shanghai-medvalley').geometry = { type: 'Polygon', coordinates: [bowtie] };
		});
		expect(problemsOf(sources)).toEqual([
			expect.stringMatching(
				/^geo\/places\.geojson: "shanghai-medvalley", field "geometry": self-intersecting polygon near \[121\.25500, 31\.33500\]/
			)
		]);
	});

	it('a place drawn outside its stated town is caught', () => {
		const sources = createSourcesWithPlaces((features) => {
			feature(features, 'valeo-waigang').properties.town = 'jiangqiao';
		});
		expect(problemsOf(sources)).toContain(
			'geo/places.geojson: "valeo-waigang", field "properties.town": the geometry does not lie in the town "jiangqiao"'
		);
	});

	it('a figure that is neither a fact nor listed as unmapped fails the coverage', () => {
		const sources = createSourcesWithFacts((facts) => {
			facts.splice(facts.indexOf(fact(facts, 'wisteria-visitor-tradition')), 1);
		});
		expect(problemsOf(sources)).toContain(
			'geo/facts.json: "blossoming-sea-of-wisteria-attracts-visitors", field "paragraphs[3]": figure "10" is neither a fact nor listed in geo/unmapped-figures.json'
		);
	});

	it('an unrecorded disagreement between conversions is caught', () => {
		const sources = createSources();
		sources.disagreements = { ...sources.disagreements, text: '[]' };
		expect(problemsOf(sources)).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^geo\/disagreements\.json: "hydrogen-output-target": gives .* record the disagreement$/
				)
			])
		);
	});
});
