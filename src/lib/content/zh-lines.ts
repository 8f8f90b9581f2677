/**
 * Chinese names on the map in lines broken between words. MapLibre wraps Chinese text between any
 * two characters to fit a label's width, which cut names mid-word (上海（南翔）精 / 准医学产业园).
 * A label's Chinese name goes into the tiles with its own line breaks, at word boundaries
 * (`Intl.Segmenter`, ICU's dictionary), each line short enough that MapLibre breaks it no further.
 * The name is the same text; only its layout on the map changes.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const length = (text: string) => [...text].length;

/** Marks that open a bracket: they go with the word after them. */
const OPENING = /^[（(《「『【〔“‘]$/u;
/** Marks that close, join or list: they go with the word before them (a line may end on them). */
const CLOSING = /^[）)》」』】〕”’、，,·\-–—]$/u;

/**
 * The name's words as units a line may not break inside. ICU's dictionary knows common words
 * (上海, 医疗, 产业) but reads a proper name it does not know as single characters: a run of
 * those is one word (南翔, 新成路, 联影); a single character after a word is its suffix (镇, 园,
 * 区); closing marks stay with the word before, opening brackets with the word after.
 */
function units(name: string): string[] {
	const out: string[] = [];
	let run = '';
	let opening = '';
	const push = (word: string) => {
		out.push(opening + word);
		opening = '';
	};
	const endRun = () => {
		if (length(run) === 1 && out.length > 0 && !opening) out[out.length - 1] += run;
		else if (run) push(run);
		run = '';
	};
	for (const { segment } of segmenter.segment(name)) {
		if (length(segment) === 1 && !OPENING.test(segment) && !CLOSING.test(segment)) {
			run += segment;
			continue;
		}
		endRun();
		if (OPENING.test(segment)) opening += segment;
		else if (CLOSING.test(segment) && out.length > 0 && !opening) out[out.length - 1] += segment;
		else push(segment);
	}
	endRun();
	if (opening) out.push(opening);
	return out;
}

/** Whether a line may end between these two units at no cost: at a mark, not inside a name. */
const atMark = (before: string, after: string) =>
	CLOSING.test([...before].at(-1)!) || OPENING.test([...after][0]!);
/** What a break between two words costs, against one at a mark, in squared characters. */
const WORD_BREAK_COST = 10;

/**
 * `name` in lines of at most `perLine` characters, broken only between words, as few and as even
 * as the words allow, at a bracket or a mark where one is near; joined with `\n`. A name
 * that fits stays on one line; a word longer than a line stands on a line of its own.
 */
export function zhLines(name: string, perLine: number): string {
	if (length(name) <= perLine) return name;
	const words = units(name);
	// best[i]: the best way to lay out the first i words: the fewest lines, then the least cost
	// (the sum of the lines' squared lengths, which is least for even lines, plus each break
	// inside a name rather than at a mark).
	const best: { lines: number; spread: number; breaks: number[] }[] = [
		{ lines: 0, spread: 0, breaks: [] }
	];
	for (let end = 1; end <= words.length; end++) {
		let choice: (typeof best)[number] | null = null;
		for (let start = end - 1; start >= 0; start--) {
			const line = length(words.slice(start, end).join(''));
			if (line > perLine && start < end - 1) break;
			const before = best[start]!;
			const breakCost =
				start > 0 && !atMark(words[start - 1]!, words[start]!) ? WORD_BREAK_COST : 0;
			const candidate = {
				lines: before.lines + 1,
				spread: before.spread + line ** 2 + breakCost,
				breaks: [...before.breaks, start]
			};
			if (
				!choice ||
				candidate.lines < choice.lines ||
				(candidate.lines === choice.lines && candidate.spread < choice.spread)
			)
				choice = candidate;
		}
		best.push(choice!);
	}
	const { breaks } = best[words.length]!;
	return breaks
		.map((start, i) => words.slice(start, breaks[i + 1] ?? words.length).join(''))
		.join('\n');
}
