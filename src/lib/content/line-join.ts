/**
 * Lines as OpenStreetMap holds them come in many short pieces (a way ends at every bridge, every
 * change of tag), each drawn and stored on its own and each keeping its ends when simplified for a
 * wide zoom. Joined where exactly two pieces meet end to end, they become the few long lines they
 * are on the ground, which a tile stores and simplifies as such. Where three or more ends meet
 * (a junction) the pieces stay apart: nothing is moved or dropped, only joined. Pure.
 */
import type { Position } from 'geojson';

type Line = Position[];

const keyOf = ([x, y]: Position) => `${x},${y}`;

/** The pieces joined end to end where exactly two of them meet; every position is kept. */
export function joinLines(pieces: readonly Line[]): Line[] {
	const lines = pieces.filter((p) => p.length >= 2);
	/** Each end's pieces: the piece's index, and whether the end is its start. */
	const ends = new Map<string, { piece: number; start: boolean }[]>();
	lines.forEach((line, piece) => {
		for (const start of [true, false]) {
			const key = keyOf(start ? line[0]! : line.at(-1)!);
			ends.set(key, [...(ends.get(key) ?? []), { piece, start }]);
		}
	});
	const used = new Set<number>();
	/** The other piece meeting `piece` at `end`, when exactly two meet there and it is free. */
	const next = (piece: number, end: Position) => {
		const here = ends.get(keyOf(end))!;
		if (here.length !== 2) return null;
		const other = here.find((e) => e.piece !== piece);
		return other && !used.has(other.piece) ? other : null;
	};
	const joined: Line[] = [];
	lines.forEach((first, index) => {
		if (used.has(index)) return;
		used.add(index);
		let chain = [...first];
		// Forwards from the chain's end, then backwards from its start.
		for (const forwards of [true, false]) {
			let [piece, end] = [index, forwards ? chain.at(-1)! : chain[0]!];
			for (let meeting = next(piece, end); meeting; meeting = next(piece, end)) {
				used.add(meeting.piece);
				const line = lines[meeting.piece]!;
				// Oriented to continue the chain: it leaves the meeting point.
				const leaving = meeting.start === forwards ? line : [...line].reverse();
				chain = forwards ? [...chain, ...leaving.slice(1)] : [...leaving.slice(0, -1), ...chain];
				piece = meeting.piece;
				end = forwards ? chain.at(-1)! : chain[0]!;
			}
		}
		joined.push(chain);
	});
	return joined;
}
