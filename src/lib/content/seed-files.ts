/**
 * The seed files as files: each must be a readable text (UTF-8, no byte-order mark, no
 * replacement characters, line ends a reader splits on), and together they must be the source
 * documents as copied: geo/seeds.sha256 records each file's SHA-256 (`sha256sum` format), so a
 * seed deleted, emptied, changed or added is named, even a second copy of an article whose first
 * copy still builds it.
 */
import { createHash } from 'node:crypto';
import type { DataProblem } from './errors';
import type { SourceFile } from './pipeline';

/** Why a seed's text cannot be parsed, or null. */
export function seedTextProblem(seed: SourceFile): string | null {
	if (seed.problem) return seed.problem;
	if (!isSeedName(seed.path))
		return 'not a seed: seeds/ holds the source articles as .txt files; move this file elsewhere';
	const { text } = seed;
	if (text.startsWith('\uFEFF'))
		return 'starts with a byte-order mark (BOM); save it as UTF-8 without one';
	if (text.trim() === '') return 'is empty: a seed holds the text of a news page';
	const bad = text.indexOf('\uFFFD');
	if (bad >= 0)
		return `holds a replacement character "\uFFFD" (line ${lineAt(text, bad)}): the text was decoded from bytes that were not UTF-8; copy the seed again`;
	const cr = /\r(?!\n)/.exec(text);
	if (cr)
		return `uses CR-only line ends (first at line ${lineAt(text, cr.index)}), which read as one long line: save it with LF line ends`;
	return null;
}

/** Seeds are .txt files, in any case of the extension. */
export const isSeedName = (path: string) => /\.txt$/i.test(path);

const lineAt = (text: string, offset: number) => text.slice(0, offset).split(/\r\n|\n|\r/).length;

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** geo/seeds.sha256 for these seeds: one "<sum>  seeds/<file>" line each, as `sha256sum` writes. */
export function seedSumsText(seeds: SourceFile[]): string {
	return seeds.map((s) => `${sha256(s.text)}  ${s.path}\n`).join('');
}

const SUM_LINE = /^([0-9a-f]{64}) [ *](.+)$/;

/** Each seed against its recorded sum; a seed missing, added or changed is a problem. */
export function checkSeedSums(sums: SourceFile, seeds: SourceFile[]): DataProblem[] {
	if (sums.problem) return [{ file: sums.path, message: sums.problem }];
	const problems: DataProblem[] = [];
	const recorded = new Map<string, string>();
	sums.text.split('\n').forEach((line, i) => {
		if (line.trim() === '') return;
		const m = SUM_LINE.exec(line);
		if (!m)
			return problems.push({
				file: sums.path,
				field: `line ${i + 1}`,
				message: `not a "<sha256>  seeds/<file>" line: "${line.slice(0, 80)}"`
			});
		recorded.set(m[2]!, m[1]!);
	});
	const restore = `copy it again from the source documents, or if the sources changed, record them anew (sha256sum seeds/* > ${sums.path})`;
	const present = new Set(seeds.map((s) => s.path));
	for (const path of recorded.keys())
		if (!present.has(path))
			problems.push({
				file: path,
				message: `missing: ${sums.path} records it as a source document; ${restore}`
			});
	for (const seed of seeds) {
		// A seed that cannot be read is reported as such, once.
		if (seedTextProblem(seed) || !isSeedName(seed.path)) continue;
		const sum = recorded.get(seed.path);
		if (sum === undefined)
			problems.push({
				file: seed.path,
				message: `not recorded in ${sums.path}: a new source document is recorded there (sha256sum seeds/* > ${sums.path})`
			});
		else if (sum !== sha256(seed.text))
			problems.push({
				file: seed.path,
				message: `${seed.text.trim() === '' ? 'emptied' : 'changed'} since it was recorded in ${sums.path} (its SHA-256 differs): seeds are copied unchanged; ${restore}`
			});
	}
	return problems;
}
