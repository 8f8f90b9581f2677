/**
 * Byline recognition. The seeds' bylines are pinyin names ("Li Huacheng, Hu Xindong and Shi
 * Jingyun") or a desk name ("Staff Reporters"). Checking that every word is made of pinyin
 * syllables keeps short headings such as "Leading companies", "Special Reports" or a caption
 * label like "Shanghai MedValley" from being read as bylines.
 */

const SYLLABLE =
	'(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|ai|ei|ui|ao|ou|iu|ie|ue|er|an|en|in|un|ia|ua|uo|a|o|e|i|u|v)';
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE}){1,3}$`);
const DESKS = new Set(['Staff Reporter', 'Staff Reporters']);

export function isPinyinName(name: string): boolean {
	const parts = name.trim().split(/\s+/);
	if (parts.length < 2 || parts.length > 3) return false;
	return parts.every((p) => /^[A-Z][a-z]+$/.test(p) && PINYIN_WORD.test(p.toLowerCase()));
}

/** Names in a byline line, or null when the line is not a byline. */
export function parseByline(line: string): string[] | null {
	const text = line.trim();
	if (DESKS.has(text)) return [text];
	const names = text.split(/\s*,\s*|\s+and\s+/).filter(Boolean);
	if (names.length === 0 || !names.every(isPinyinName)) return null;
	return names;
}

const CREDIT = /^[—–]\s*(.+)$/;
const TRAILING_CREDIT = /^(.*\S)\s+[—–]\s+([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})$/;

/** A photo credit on its own line ("— Yu Chao"). */
export function parseCreditLine(line: string): string | null {
	const name = CREDIT.exec(line.trim())?.[1];
	return name && isPinyinName(name) ? name : null;
}

/** A caption ending in its photo credit ("The Shanghai MedValley aims … — Yu Chao"). */
export function splitTrailingCredit(line: string): { text: string; credit: string } | null {
	const m = TRAILING_CREDIT.exec(line.trim());
	if (!m?.[1] || !m[2] || !isPinyinName(m[2])) return null;
	return { text: m[1], credit: m[2] };
}
