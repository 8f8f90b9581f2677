import { describe, expect, it } from 'vitest';
import { createSources } from '../../../tests/fixtures/sources';
import { buildContent } from './pipeline';
import { parseByline, parseCreditLine, splitTrailingCredit } from './bylines';
import { cleanLine, foldForComparison } from './text';

/** The pieces a seed line must be found as: a byline's names, a caption and its credit, a date. */
function piecesOf(line: string): string[] {
	const date = /^date (\S+)$/i.exec(line)?.[1];
	if (date) return [date];
	const credit = parseCreditLine(line);
	if (credit) return [credit];
	const withCredit = splitTrailingCredit(line);
	if (withCredit) return [withCredit.text, withCredit.credit];
	return parseByline(line) ?? [line];
}

const content = () => buildContent(createSources());
const article = (id: string) => {
	const found = content().articles.find((a) => a.id === id);
	if (!found) throw new Error(`no article ${id}`);
	return found;
};
const allText = (a: ReturnType<typeof article>) =>
	[
		...a.titles,
		...a.authors,
		a.date ?? '',
		...a.paragraphs.map((p) => p.text),
		...a.captions.flatMap((c) => [c.text, c.label ?? '', c.credit ?? '']),
		...a.variants.map((v) => v.text)
	].join('\n');

describe('articles from the five seed files', () => {
	it('finds nine distinct articles, each published once with every seed file it came from', () => {
		const { articles } = content();
		expect(articles).toHaveLength(9);
		expect(new Set(articles.map((a) => a.id)).size).toBe(9);
		expect(article('forum-on-medical-industrial-cluster').seeds).toEqual([
			'000_cb44d08a10c7e43b.txt',
			'001_0f81a014b26457f8.txt'
		]);
		expect(article('biopharma-business-gets-a-boost-with-industry-cluster').seeds).toEqual([
			'002_830bedaed260f73b.txt',
			'003_1338faf15503b287.txt'
		]);
	});

	it('loses no line: every non-blank seed line is in an article or discarded with a reason', () => {
		const sources = createSources();
		const { articles, seedReports } = buildContent(sources);
		for (const seed of sources.seeds) {
			const name = seed.path.split('/').at(-1)!;
			const report = seedReports.find((r) => r.seed === name)!;
			// Copies that differ only in case or quote style are one text; compare them folded.
			const text = foldForComparison(
				articles
					.filter((a) => a.seeds.includes(name))
					.map(allText)
					.join('\n')
			);
			seed.text.split('\n').forEach((raw, i) => {
				const line = cleanLine(raw);
				if (!line) return;
				const discarded = report.discarded.find((d) => d.line === i + 1);
				if (discarded) {
					expect(discarded.text).toBe(line);
					expect(discarded.reason.length).toBeGreaterThan(5);
				} else {
					for (const piece of piecesOf(line)) {
						const where = `${name}:${i + 1} "${piece}"`;
						expect(text.includes(foldForComparison(piece)) ? where : `${where} is lost`).toBe(
							where
						);
					}
				}
			});
		}
	});

	it('takes the date from the date line and leaves undated articles null', () => {
		expect(article('biopharma-business-gets-a-boost-with-industry-cluster').date).toBe(
			'2024-04-26'
		);
		expect(article('shanghai-medvalley-strengthens-jiadings-biopharma-sector').date).toBeNull();
	});

	it('collects two bylines of one article and recognises a desk byline', () => {
		expect(article('forum-on-medical-industrial-cluster').authors).toEqual([
			'Yu Chao',
			'Shi Jingyun'
		]);
		expect(article('shanghai-medvalley-strengthens-jiadings-biopharma-sector').authors).toEqual([
			'Staff Reporters'
		]);
		expect(article('canadian-power-giant-signs-up-to-settle-in-anting').authors).toEqual([
			'Li Huacheng',
			'Hu Xindong',
			'Shi Jingyun'
		]);
	});

	it('removes markdown escapes and emphasis', () => {
		const valeo = article('valeo-group-breaks-ground-on-auto-systems-base-in-waigang');
		expect(valeo.paragraphs[1]!.text).toContain('about 45 mu (3 hectares)');
		const hongqiao = article('north-hongqiao-business-district-pushes-transport-hub-construction');
		expect(hongqiao.paragraphs[1]!.text).toContain('(US$13.85 million)');
	});

	it('joins paragraphs broken mid-sentence across blank lines', () => {
		const text =
			article('biopharma-business-gets-a-boost-with-industry-cluster')
				.variants.map((v) => v.text)
				.join('\n') +
			article('biopharma-business-gets-a-boost-with-industry-cluster')
				.paragraphs.map((p) => p.text)
				.join('\n');
		expect(text).toContain('Covering some 9.5 square kilometers, it will grow');
		const wisteria = article('blossoming-sea-of-wisteria-attracts-visitors');
		expect(wisteria.paragraphs.map((p) => p.text)).toContain(
			"Another resident, Tang, invited her uncle's family from Chongqing to enjoy the wisteria. She sees the wisteria as a symbol of Jiading and takes joy in it."
		);
	});

	it('keeps a pull quote apart from the body and mends the sentence it interrupted', () => {
		const ballard = article('canadian-power-giant-signs-up-to-settle-in-anting');
		expect(ballard.captions).toContainEqual({
			kind: 'pullquote',
			label: '100 billion',
			credit: null,
			text: 'Jiading will strive to achieve a total output of hydrogen energy and fuel cell vehicles worth more than 100 billion yuan (US$13.85 billion) by 2025.'
		});
		expect(ballard.paragraphs.map((p) => p.text)).toContainEqual(
			expect.stringMatching(
				/friendship, culture and localization are the principles that should be upheld\.$/
			)
		);
		expect(ballard.notes).toEqual([]);
	});

	it('keeps photo captions out of the body and gives each to the article it illustrates', () => {
		const forum = article('ambitious-plans-unveiled-at-precision-medicine-forum');
		expect(forum.captions[0]).toMatchObject({ kind: 'caption', credit: 'Yu Chao' });
		expect(forum.captions[0]!.text).toMatch(
			/^The Shanghai \(Nanxiang\) International Precision Medicine Innovation Center was officially launched/
		);
		const medvalley = article('shanghai-medvalley-strengthens-jiadings-biopharma-sector');
		expect(medvalley.captions).toEqual([
			{
				kind: 'caption',
				text: 'The Shanghai MedValley aims to boost the biopharmaceutical industry in Jiading District.',
				label: null,
				credit: 'Yu Chao'
			}
		]);
		expect(medvalley.paragraphs.some((p) => p.text.includes('aims to boost'))).toBe(false);
	});

	it('discards site boilerplate with its reason', () => {
		const reports = content().seedReports;
		const reasons = reports.flatMap((r) => r.discarded.map((d) => `${d.text} → ${d.reason}`));
		expect(reasons).toEqual(
			expect.arrayContaining([
				'Special Reports → website navigation link',
				'Top → website navigation link (back to top)',
				'Feature / District → website section label',
				'Source: SHINE Editor: Cao Qian → publisher footer (source and editor credit)',
				'China High-End Medical Industrial Cluster forum held → headline repeated on the page'
			])
		);
	});

	it('says where the source text breaks off', () => {
		expect(article('ambitious-plans-unveiled-at-precision-medicine-forum').notes).toEqual([
			'Paragraph 1 breaks off mid-sentence in the source ("…iopharma week running from October 16 to").'
		]);
	});

	it('keeps the wording of a second copy where it differs', () => {
		const biopharma = article('biopharma-business-gets-a-boost-with-industry-cluster');
		expect(biopharma.variants).toContainEqual({
			seed: '003_1338faf15503b287.txt',
			text: 'It intends to establish a strong industrial system in the biopharma sector, with a goal of 38.5 billion yuan in total output this year, or a 35 percent increase.'
		});
	});

	it('links articles to places through mentions at exact offsets', () => {
		const medvalley = article('shanghai-medvalley-strengthens-jiadings-biopharma-sector');
		const places = new Set(medvalley.mentions.map((m) => m.place));
		expect([...places]).toEqual(
			expect.arrayContaining(['shanghai-medvalley', 'malu', 'jiading-new-city', 'ruijin-hospital'])
		);
		for (const m of medvalley.mentions) {
			const block =
				m.block === 'paragraph' ? medvalley.paragraphs[m.index]! : medvalley.captions[m.index]!;
			expect(block.text.slice(m.start, m.end)).toBe(m.text);
		}
		// The longer name wins: "Jiading New City" is not also a mention of the district.
		expect(
			medvalley.mentions
				.filter((m) => m.text === 'Jiading New City')
				.every((m) => m.place === 'jiading-new-city')
		).toBe(true);
	});
});
