/**
 * Data problems, each naming the file, the record (feature or fact id) and the field, so a
 * curator can go straight to it. The pipeline collects them all and fails once, listing every one.
 */
import type { ZodError } from 'zod';

export interface DataProblem {
	file: string;
	/** Feature, fact or article id; or a position such as `features[3]` when the id is missing. */
	id?: string;
	field?: string;
	message: string;
}

export function formatProblem(p: DataProblem): string {
	const where = [p.id !== undefined ? `"${p.id}"` : null, p.field ? `field "${p.field}"` : null]
		.filter(Boolean)
		.join(', ');
	return `${p.file}${where ? `: ${where}` : ''}: ${p.message}`;
}

export class DataError extends Error {
	constructor(readonly problems: DataProblem[]) {
		super(
			`${problems.length} data problem${problems.length === 1 ? '' : 's'}:\n` +
				problems.map((p) => `  - ${formatProblem(p)}`).join('\n')
		);
		this.name = 'DataError';
	}
}

/** Throws a DataError when any problem was found. */
export function assertNoProblems(problems: DataProblem[]): void {
	if (problems.length > 0) throw new DataError(problems);
}

const describe = (value: unknown) =>
	value === undefined ? 'nothing' : (JSON.stringify(value)?.slice(0, 60) ?? String(value));

function valueAt(root: unknown, path: PropertyKey[]): unknown {
	return path.reduce<unknown>(
		(node, key) =>
			node !== null && typeof node === 'object'
				? (node as Record<PropertyKey, unknown>)[key]
				: undefined,
		root
	);
}

/**
 * Zod issues as problems. `recordOf` maps an issue path to the record it belongs to and the
 * path inside that record (for a FeatureCollection: `features[3]` → the feature's id).
 */
export function zodProblems(
	file: string,
	error: ZodError,
	input: unknown,
	recordOf: (path: PropertyKey[]) => { id?: string; rest: PropertyKey[] }
): DataProblem[] {
	// An unknown key is usually a misspelt optional field: name each one as its own field, so
	// it is never silently dropped.
	const issues = error.issues.flatMap((issue): ZodError['issues'] =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((key) => ({ ...issue, path: [...issue.path, key] }))
			: [issue]
	);
	return issues.map((issue) => {
		const { id, rest } = recordOf(issue.path);
		const field = rest.map(String).join('.') || undefined;
		const actual = valueAt(input, issue.path);
		let message: string;
		switch (issue.code) {
			case 'invalid_value':
				message = `unknown value ${describe(actual)} (expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
				break;
			case 'invalid_type':
				message =
					actual === undefined
						? `missing (expected ${issue.expected})`
						: `expected ${issue.expected}, got ${describe(actual)}`;
				break;
			case 'invalid_union':
				message = `not a valid value: ${describe(actual)}`;
				break;
			case 'unrecognized_keys':
				message = 'not a field of this record (misspelt?); nothing is dropped silently';
				break;
			default:
				message = `${issue.message} (got ${describe(actual)})`;
		}
		return { file, ...(id !== undefined ? { id } : {}), ...(field ? { field } : {}), message };
	});
}

/** JSON.parse with a problem naming the file instead of a bare SyntaxError. */
export function parseJson(file: string, text: string, problems: DataProblem[]): unknown {
	if (text.startsWith('\uFEFF')) {
		problems.push({
			file,
			message: 'starts with a byte-order mark (BOM); save it as UTF-8 without one'
		});
		return undefined;
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		problems.push({
			file,
			message: `invalid JSON: ${(error as Error).message.replace(/\s+/g, ' ')}`
		});
		return undefined;
	}
}
