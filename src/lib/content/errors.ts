/**
 * Data problems, each naming the file, the record (feature or fact id) and the field, so a
 * curator can go straight to it. The pipeline collects them all and fails once, listing every one.
 */
import type { ZodError, ZodType } from 'zod';

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

/** A zod schema's definition, as far as finding an object's fields needs it. */
interface SchemaDef {
	type: string;
	shape?: Record<string, ZodType>;
	element?: ZodType;
	innerType?: ZodType;
	options?: ZodType[];
	in?: ZodType;
}
const defOf = (schema: unknown): SchemaDef | undefined =>
	(schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;

/** The schema under optional, nullable, default and pipe wrappers. */
function unwrapped(schema: ZodType | undefined): ZodType | undefined {
	let def = defOf(schema);
	while (def && (def.innerType || (def.type === 'pipe' && def.in))) {
		schema = def.innerType ?? def.in;
		def = defOf(schema);
	}
	return schema;
}

/** Of a union's options, the object whose fields best cover the value's own keys. */
function optionFor(options: ZodType[], value: unknown): ZodType | undefined {
	const keys = value && typeof value === 'object' ? Object.keys(value) : [];
	const score = (option: ZodType) => {
		const shape = defOf(unwrapped(option))?.shape;
		return shape ? keys.filter((k) => k in shape).length : -1;
	};
	return [...options].sort((a, b) => score(b) - score(a))[0];
}

/** The fields the schema allows for the object at `path` of the input; none when unknown. */
export function fieldsAt(schema: ZodType, input: unknown, path: PropertyKey[]): string[] {
	let node: ZodType | undefined = schema;
	let value = input;
	for (const key of [...path, null]) {
		node = unwrapped(node);
		let def = defOf(node);
		if (def?.type === 'union' && def.options) {
			node = unwrapped(optionFor(def.options, value));
			def = defOf(node);
		}
		if (key === null) return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
		if (def?.type === 'array') node = def.element;
		else if (def?.type === 'object' && def.shape) node = def.shape[String(key)];
		else return [];
		value =
			value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
	}
	return [];
}

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours). */
function distance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0]![j] = j;
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
		}
	return d[a.length]![b.length]!;
}

/** The allowed field a misspelt one most likely means: within two edits (one for short names). */
export function nearestField(key: string, fields: string[]): string | null {
	const limit = key.length <= 4 ? 1 : 2;
	let best: string | null = null;
	let bestDistance = Infinity;
	for (const field of fields) {
		const d = distance(key.toLowerCase(), field.toLowerCase());
		if (d <= limit && d < bestDistance) [best, bestDistance] = [field, d];
	}
	return best;
}

/**
 * Zod issues as problems. `recordOf` maps an issue path to the record it belongs to and the
 * path inside that record (for a FeatureCollection: `features[3]` → the feature's id). With the
 * schema, an unknown field is matched against the fields allowed there ("did you mean …?").
 */
export function zodProblems(
	file: string,
	error: ZodError,
	input: unknown,
	recordOf: (path: PropertyKey[]) => { id?: string; rest: PropertyKey[] },
	schema?: ZodType
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
						: typeof actual === 'number'
							? `${actual} is not a finite number: the file writes a number too large to hold (such as 1e999)`
							: `expected ${issue.expected}, got ${describe(actual)}`;
				break;
			case 'invalid_union':
				message = `not a valid value: ${describe(actual)}`;
				break;
			case 'unrecognized_keys': {
				const key = String(issue.path.at(-1));
				const meant = schema
					? nearestField(key, fieldsAt(schema, input, issue.path.slice(0, -1)))
					: null;
				message = meant
					? `not a field of this record: did you mean "${meant}"? Nothing is dropped silently`
					: 'not a field of this record (misspelt?); nothing is dropped silently';
				break;
			}
			default:
				message = `${issue.message} (got ${describe(actual)})`;
		}
		return { file, ...(id !== undefined ? { id } : {}), ...(field ? { field } : {}), message };
	});
}

/** JSON.parse with a problem naming the file instead of a bare SyntaxError. */
export function parseJson(
	{ path: file, text, problem }: { path: string; text: string; problem?: string },
	problems: DataProblem[]
): unknown {
	if (problem) {
		problems.push({ file, message: problem });
		return undefined;
	}
	if (text.trim() === '') {
		problems.push({ file, message: 'is empty (expected JSON)' });
		return undefined;
	}
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
