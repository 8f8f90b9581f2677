/** Text helpers shared by the pipeline steps. Pure functions, no I/O. */

const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!$])/g;
const HEADING = /^(#{1,6})\s+/;

/** Heading level of a markdown heading line (0 when it is not one). */
export function headingLevel(raw: string): number {
	return HEADING.exec(raw.trim())?.[1]?.length ?? 0;
}

/**
 * A seed line as readers see it: markdown heading marks, escapes (`US\$13.85`) and emphasis
 * (`*mu*`, `**Staff Reporters**`) removed, no-break spaces made plain, runs of spaces folded.
 * Typographic quotes and dashes stay as printed, so quotes can be checked verbatim.
 */
export function cleanLine(raw: string): string {
	return raw
		.replace(/\u00a0/g, ' ')
		.trim()
		.replace(HEADING, '')
		.replace(MARKDOWN_ESCAPE, '$1')
		.replace(/\*\*(.+?)\*\*/g, '$1')
		.replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?=[^\w*]|$)/g, '$1$2')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Loose form for comparing text across copies: case, quote style, dashes and punctuation folded. */
export function foldForComparison(text: string): string {
	return text
		.toLowerCase()
		.replace(/[‘’`]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[–—]/g, '-')
		.replace(/[^a-z0-9\u4e00-\u9fff$.%' -]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

export function words(text: string): string[] {
	return foldForComparison(text)
		.split(/[^a-z0-9\u4e00-\u9fff]+/)
		.filter(Boolean);
}

/** URL slug from a headline: lower-case ASCII words, at most `max` characters, cut at a word. */
export function slugify(text: string, max = 70): string {
	const slug = text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max + 1);
	return cut.slice(0, cut.lastIndexOf('-'));
}

const TERMINAL = /[.!?:;"”’)]$/;

/** True when a paragraph ends where a sentence may end. */
export function endsSentence(text: string): boolean {
	return TERMINAL.test(text.trim());
}
