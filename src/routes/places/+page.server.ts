import { loadAtlas } from '$lib/server/load';

/** Every place by name and kind: the explorer's list for readers without JavaScript. */
export function load() {
	return {
		places: loadAtlas().places.map(({ id, kind, name_en, name_zh, name_zh_source }) => ({
			id,
			kind,
			name_en,
			name_zh,
			name_zh_source
		}))
	};
}
