/**
 * Where every drawn thing comes from, grouped by licence and source, for the credits page.
 * Read from the features themselves, so a new source cannot be drawn without being credited.
 */
import type { Content } from './pipeline';

/** A drawn feature's name in each interface language. */
export interface CreditedName {
	/** The English name, or the only name there is. */
	name_en: string;
	/** The Chinese name, or null where the source has none without English notes in it. */
	name_zh: string | null;
	/** For places: where the Chinese name comes from ("translation" is marked). */
	name_zh_source?: string;
}

export interface Credit {
	licence: string;
	sources: { source: string; features: CreditedName[] }[];
}

interface Credited extends CreditedName {
	source: string;
	licence: string;
}

function basemapFeatures(content: Content): Credited[] {
	return Object.values(content.basemap).flatMap((layer) =>
		(layer as { features: { properties: Record<string, unknown> }[] }).features.map((f) => {
			// Basemap features carry OpenStreetMap's Chinese `name`, and `name_en` where one is known;
			// a few curated names add notes in English ("横沥河 (老城段, schematic)").
			const { id, name, name_en } = f.properties;
			return {
				name_en: String(name_en ?? name ?? id),
				name_zh: typeof name === 'string' && !/[A-Za-z]{2,}/.test(name) ? name : null,
				source: String(f.properties.source),
				licence: String(f.properties.licence)
			};
		})
	);
}

export function credits(content: Content): Credit[] {
	const items: Credited[] = [
		...content.places.map((p) => ({
			name_en: p.properties.name_en,
			name_zh: p.properties.name_zh,
			name_zh_source: p.properties.name_zh_source,
			source: p.properties.source,
			licence: p.properties.licence
		})),
		...basemapFeatures(content)
	];
	return [...groupBy(items, (i) => i.licence)]
		.map(([licence, group]) => ({
			licence,
			sources: [...groupBy(group, (i) => i.source)].map(([source, features]) => ({
				source,
				features: [
					...new Map(
						features.map(({ name_en, name_zh, name_zh_source }) => [
							name_en,
							{ name_en, name_zh, ...(name_zh_source && { name_zh_source }) }
						])
					).values()
				]
			}))
		}))
		.sort((a, b) => b.sources.length - a.sources.length);
}

/** Map.groupBy arrived in Node 21; this project runs on Node 20. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
	return groups;
}
