/**
 * Where every drawn thing comes from, grouped by licence and source, for the credits page.
 * Read from the features themselves, so a new source cannot be drawn without being credited.
 */
import type { Content } from './pipeline';

export interface Credit {
	licence: string;
	sources: { source: string; features: string[] }[];
}

interface Credited {
	name: string;
	source: string;
	licence: string;
}

function basemapFeatures(content: Content): Credited[] {
	return Object.values(content.basemap).flatMap((layer) =>
		(layer as { features: { properties: Record<string, unknown> }[] }).features.map((f) => ({
			name: String(f.properties.name_en ?? f.properties.name ?? f.properties.id),
			source: String(f.properties.source),
			licence: String(f.properties.licence)
		}))
	);
}

export function credits(content: Content): Credit[] {
	const items: Credited[] = [
		...content.places.map((p) => ({
			name: p.properties.name_en,
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
				features: [...new Set(features.map((f) => f.name))]
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
