/**
 * The checks that keep what readers see from saying more than the articles: labels against their
 * quotes, event dates, district-wide figures, claims, figures in words and Chinese names. Each is
 * shown rejecting a bad case, on hand-made input and through the real pipeline.
 */
import { describe, expect, it } from 'vitest';
import {
	createSourcesWithFacts,
	createSourcesWithPlaces,
	fact,
	feature,
	problemsOf
} from '../../../tests/fixtures/sources';
import { scopeProblem } from './fact-checks';
import { findFigures } from './figures';
import { findChineseFigures, labelProblems } from './label-checks';

const ARTICLE = 'Shanghai MedValley opened in Malu. The forum ran. Kindly Medical leads the field.';

const messages = (
	fact: Parameters<typeof labelProblems>[0],
	names: string[] = [],
	text = ARTICLE
) => labelProblems(fact, names, text).map((p) => `${p.field}: ${p.message}`);

describe('a label says no more than its quote', () => {
	it('rejects a number, year or day that the quote does not print', () => {
		const quote = 'With a planned area of 2.2 square kilometers';
		expect(messages({ quote, label: 'Planned area of 2.2 square kilometres' })).toEqual([]);
		expect(messages({ quote, label: 'Planned area of 2.5 square kilometres' })).toEqual([
			'label: "2.5" is not a figure of the quote'
		]);
		expect(messages({ quote, label: 'Planned area, set in 2019' })).toEqual([
			'label: "2019" is not a figure of the quote'
		]);
		expect(messages({ quote: 'It opened on October 13.', label: 'Opened on October 16' })).toEqual([
			'label: "October 16" is not a figure of the quote'
		]);
	});

	it('rejects a figure that keeps the number but changes its scale', () => {
		const quote = 'worth more than 100 billion yuan';
		expect(messages({ quote, label: 'Worth more than 100 billion yuan' })).toEqual([]);
		expect(messages({ quote, label: 'Worth more than 100 million yuan' })).toEqual([
			'label: "100 million" is not a figure of the quote'
		]);
		expect(messages({ quote, label: 'Value', label_zh: '超过1000亿元' })).toEqual([]);
		expect(messages({ quote, label: 'Value', label_zh: '超过100亿元' })).toEqual([
			'label_zh: "100亿" is not a figure of the quote'
		]);
	});

	it('rejects a figure in the Chinese label that the quote does not print', () => {
		const quote = 'With a planned area of 2.2 square kilometers';
		expect(messages({ quote, label: 'Planned area', label_zh: '规划面积2.2平方公里' })).toEqual([]);
		expect(messages({ quote, label: 'Planned area', label_zh: '规划面积3平方公里' })).toEqual([
			'label_zh: "3" is not a figure of the quote'
		]);
		expect(findChineseFigures('1000亿元').map((f) => f.values)).toEqual([[100_000_000_000, 1000]]);
	});

	it('reads numbers written in Chinese characters, and not the "one" of a name', () => {
		const values = (text: string) => findChineseFigures(text).map((f) => f.values[0]);
		expect(values('三个月')).toEqual([3]);
		expect(values('千亿级产业')).toEqual([100_000_000_000]);
		expect(values('百分之三十')).toEqual([30]);
		expect(values('一千二百五十四家企业')).toEqual([1254]);
		expect(values('一轴一镇、两谷两区')).toEqual([]);
		const quote = 'we saved at least six months in time costs';
		expect(messages({ quote, label: 'Time saved', label_zh: '节省了至少六个月' })).toEqual([]);
		expect(messages({ quote, label: 'Time saved', label_zh: '节省了至少三个月' })).toEqual([
			'label_zh: "三个" is not a figure of the quote'
		]);
	});

	it('reads figures in words in Chinese as the English wording they translate', () => {
		const quote = 'Over the past year, the district has added 7,465 enterprises';
		expect(messages({ quote, label: 'Enterprises added', label_zh: '过去一年新增企业' })).toEqual(
			[]
		);
		expect(messages({ quote, label: 'Enterprises added', label_zh: '今年新增企业' })).toEqual([
			'label_zh: "今年" is not a figure of the quote'
		]);
		expect(messages({ quote, label: 'Enterprises added', label_zh: '过去两年新增企业' })).toEqual([
			'label_zh: "两年" is not a figure of the quote'
		]);
	});

	it('rejects a Chinese label without a Chinese character', () => {
		const quote = 'With a planned area of 2.2 square kilometers';
		expect(messages({ quote, label: 'Planned area', label_zh: '规划面积' })).toEqual([]);
		expect(messages({ quote, label: 'Planned area', label_zh: 'Planned area' })).toEqual([
			'label_zh: has no Chinese character'
		]);
	});

	it('rejects a name in Latin letters in the Chinese label that the quote and label do not print', () => {
		const quote = 'BALLARD Power Systems signed an investment agreement with Anting Town.';
		expect(
			messages({
				quote,
				label: 'Ballard signs an agreement',
				label_zh: 'Ballard与安亭镇签署投资协议'
			})
		).toEqual([]);
		expect(
			messages({
				quote,
				label: 'An investment agreement',
				label_zh: '与安亭镇签署投资协议（Power Systems）'
			})
		).toEqual([]);
		expect(
			messages({
				quote,
				label: 'Ballard signs an agreement',
				label_zh: 'Bosch与安亭镇签署投资协议'
			})
		).toEqual(['label_zh: names "Bosch", which neither the quote nor the English label names']);
		// Full-width letters are read as the letters they stand for.
		expect(
			messages({
				quote,
				label: 'Ballard signs an agreement',
				label_zh: 'Ｂａｌｌａｒｄ签署投资协议'
			})
		).toEqual([]);
	});

	it('rejects a name that neither the quote nor the fact’s places carry', () => {
		const quote = 'opened on October 13 in Malu Town';
		expect(messages({ quote, label: 'Opens in Malu' }, ['Shanghai MedValley'])).toEqual([]);
		expect(messages({ quote, label: 'MedValley opens in Malu' }, ['MedValley'])).toEqual([]);
		expect(messages({ quote, label: 'Shanghai MedValley opens in Malu' }, ['MedValley'])).toEqual([
			'label: names "Shanghai", which the quote does not name and which is not a name of the fact\'s places'
		]);
		expect(messages({ quote, label: 'Opens in Malu beside Ruijin Hospital' })).toEqual([
			'label: names "Ruijin", which the quote does not name and which is not a name of the fact\'s places',
			'label: names "Hospital", which the quote does not name and which is not a name of the fact\'s places'
		]);
	});

	it('rejects ranking words the quote does not use', () => {
		const quote = 'leading medical device enterprises, represented by Shanghai Kindly Medical';
		expect(messages({ quote, label: 'Kindly Medical, the leading medical device firm' })).toEqual([
			'label: says "the leading", which the quote does not'
		]);
		expect(messages({ quote, label: 'Named among leading medical device enterprises' })).toEqual(
			[]
		);
		expect(messages({ quote, label: 'The main medical device firm' })).toEqual([
			'label: says "the main", which the quote does not'
		]);
	});

	it('rejects a figure in words that the label turns into more than the quote says', () => {
		const quote = 'Mass production is expected in the first half of 2025.';
		expect(
			messages({ quote, label: 'Mass production expected in the first half of 2025' })
		).toEqual([]);
		expect(
			messages({ quote, label: 'Mass production expected in the second half of 2025' })
		).toEqual(['label: "the second half" is not a figure of the quote']);
	});
});

describe('a date is the date of the event its label names', () => {
	it('rejects the start of a span given as the date of an event', () => {
		const quote = 'Shanghai biopharma week, running from October 16 to';
		expect(messages({ quote, label: 'Shanghai biopharma week', date: '--10-16' })).toEqual([
			'date: "from October 16 to" opens a span in the quote; its start is not the date of an event'
		]);
	});

	it('keeps "since", "until" or "by" from the quote in the label', () => {
		const quote = 'Since 2018, Fudan University has jointly built the park with Jiading';
		expect(
			messages({ quote, label: 'Fudan University and Jiading building the park', date: '2018' })
		).toEqual(['label: the quote says "since 2018"; the label must keep "since"']);
		expect(
			messages({
				quote,
				label: 'Fudan University and Jiading building the park since 2018',
				date: '2018'
			})
		).toEqual([]);
	});

	it('reads the word before a date through brackets and quotation marks', () => {
		const quote = '"By 2025, the park will reach 10 billion yuan."';
		expect(
			messages({ quote, label: 'The park reaching 10 billion yuan in 2025', date: '2025' })
		).toEqual(['label: the quote says "by 2025"; the label must keep "by"']);
		expect(
			messages({ quote: 'The week (from October 16–20) opened.', label: 'Week', date: '--10-16' })
		).toEqual([
			'date: "from October 16–20" opens a span in the quote; its start is not the date of an event'
		]);
	});

	it('reports a wrong date through the pipeline with file, id and field', () => {
		const sources = createSourcesWithFacts((facts) => {
			fact(facts, 'fudan-nanxiang-park-since-2018').label =
				'Fudan University and Jiading jointly build the Nanxiang precision medicine park in 2018';
		});
		expect(problemsOf(sources)).toEqual([
			'geo/facts.json: "fudan-nanxiang-park-since-2018", field "label": the quote says "since 2018"; the label must keep "since"'
		]);
	});
});

describe('figures sit where the article puts them', () => {
	const quote =
		'Jiading will strive to achieve a total output of hydrogen energy and fuel cell vehicles worth more than 100 billion yuan';

	it('rejects a district-wide figure placed on a park', () => {
		expect(scopeProblem({ quote, places: ['jiading-hydrogen-park'], value: 1e11 })).toMatch(
			/^the quote gives the figure for the whole district \("Jiading will"\): it sits on "jiading" alone/
		);
		expect(scopeProblem({ quote, places: ['jiading'], value: 1e11 })).toBeNull();
		expect(
			scopeProblem({
				quote,
				places: ['jiading-hydrogen-park'],
				value: 1e11,
				scope_note: 'The article gives this for the park alone, later in the same paragraph.'
			})
		).toBeNull();
	});

	it('does not take a smaller place named after the district for the district', () => {
		expect(
			scopeProblem({
				quote: "Jiading's Malu Town hosts 2.2 square kilometers",
				places: ['malu'],
				value: 2.2
			})
		).toBeNull();
	});

	it('lets only a fact on the district alone be mentioned from other places', () => {
		const sources = createSourcesWithFacts((facts) => {
			fact(facts, 'wisteria-plants').mentioned_from = ['nanshuiguan-park'];
		});
		expect(problemsOf(sources)).toEqual([
			'geo/facts.json: "wisteria-plants", field "mentioned_from": only a fact on the district alone ("jiading") is mentioned from other places; this one is on jiading-wisteria-park'
		]);
	});

	it('reports a district-wide figure moved to a park through the pipeline', () => {
		const sources = createSourcesWithFacts((facts) => {
			const f = fact(facts, 'hydrogen-output-target');
			f.places = ['jiading-hydrogen-park'];
			delete f.mentioned_from;
		});
		expect(problemsOf(sources)).toContainEqual(
			expect.stringMatching(
				/^geo\/facts\.json: "hydrogen-output-target", field "places": the quote gives the figure for the whole district/
			)
		);
	});
});

describe('claims and figures in words are accounted for', () => {
	it('finds amounts, counts and parts of a year written in words', () => {
		const found = (text: string) => findFigures(text).map((f) => f.approximate ?? f.text);
		expect(found('investments of billions of yuan')).toEqual(['billions of']);
		expect(found('dozens of firms and hundreds of researchers')).toEqual([
			'dozens of',
			'hundreds of'
		]);
		expect(found('in the first half of 2025')).toEqual(['first half', '2025']);
		expect(found('in early May')).toEqual(['early May']);
		// Full-width digits are figures too.
		expect(findFigures('１２０ enterprises').map((f) => f.values)).toEqual([[120]]);
		// Any digit whose NFKC form is ASCII, not only the full-width ones; offsets stay the text's.
		expect(findFigures('About ①② parks').map((f) => [f.values, f.start, f.end])).toEqual([
			[[12], 6, 8]
		]);
		expect(findFigures('2.2 km² in 2025').map((f) => f.values)).toEqual([[2.2], [2025]]);
	});

	it('counts a sentence as claimed only by a statement, not by a figure from it', () => {
		const sources = createSourcesWithFacts((facts) => {
			facts.splice(
				facts.findIndex((f) => f.id === 'ballard-module-markets'),
				1
			);
		});
		// The sentence still has a figure fact (ballard-module-assembly); that does not cover it.
		expect(problemsOf(sources)).toContainEqual(
			expect.stringMatching(
				/"At the same time, the plant will be able to assemble 600 modules.*" names "ballard-anting" but is neither a fact of that place/
			)
		);
	});

	it('reports a sentence naming a place that is neither a fact of it nor listed as unmapped', () => {
		const sources = createSourcesWithFacts((facts) => {
			facts.splice(
				facts.findIndex((f) => f.id === 'kindly-medical-lead-firm'),
				1
			);
		});
		expect(problemsOf(sources)).toContainEqual(
			expect.stringMatching(
				/names "kindly-medical" but is neither a fact of that place nor listed in geo\/unmapped-claims\.json$/
			)
		);
	});
});

describe('every Chinese name says where it comes from', () => {
	it('rejects a place whose Chinese name has no source', () => {
		const sources = createSourcesWithPlaces((features) => {
			delete feature(features, 'united-imaging-town').properties.name_zh_source;
		});
		expect(problemsOf(sources)).toContainEqual(
			expect.stringMatching(
				/^geo\/places\.geojson: "united-imaging-town", field "properties\.name_zh_source": missing/
			)
		);
	});
});
