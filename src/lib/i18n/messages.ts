/**
 * Interface text in English, and what every language's catalogue holds (Chinese is in
 * messages-zh.ts, loaded when a reader chooses it). Article text is never translated: it stays as
 * published. Every key must exist in both languages; the Catalogue type enforces it.
 */
import { AXIS_REACH_KM } from '$lib/geo/extents';
import type { FactKind, Industry, LayoutRole, PlaceKind, Precision } from '$lib/schema/vocabulary';
import type { PagesKey } from './messages-pages';

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

const en = {
	'app.title': 'Jiading Atlas',
	/** The atlas's name in the other language, beside a heading (shown with lang="zh-Hans"). */
	'app.title.other': '嘉定产业地图',
	'panel.code.failed': 'This part of the atlas did not load. Check the connection and try again.',
	'panel.code.retry': 'Try again',
	'app.tagline': 'Industrial clusters of Jiading District, sourced from news articles',
	'app.skip': 'Skip to the list of places',
	'nav.more': 'More of the atlas',
	'update.ready': 'A new version of the atlas is out.',
	'update.apply': 'Update',
	'update.later': 'Later',
	'lang.switch': '中文',
	'lang.switch.label': 'Switch to Chinese',
	'scheme.dark': 'Dark theme',
	'search.label': 'Search places and facts',
	'name.translation': '(the atlas’s translation)',
	'text.translation': '(the atlas’s translation)',
	'search.placeholder': 'Search: MedValley, 上海医谷, hydrogen…',
	'search.none': 'Nothing matches',
	'search.loading': 'Loading the index…',
	'search.results': 'results',
	'search.place': 'Place',
	'search.fact': 'Fact',
	'search.station': 'Station',
	'search.line': 'Line',
	'search.lines': 'Line {lines}',
	'search.shown': 'On the map',
	'legend.title': 'Layers and industries',
	'legend.layers': 'Layers',
	'legend.industries': 'Industries',
	'legend.all': 'All industries',
	'legend.closes': 'Each choice here closes this panel and shows the map.',
	'legend.precision': 'How precisely places are drawn',
	'filter.shown': '{shown} of {total} places on the map',
	'filter.hidden': 'hidden: {layers}',
	'filter.clear': 'Show all',
	'list.title': 'All places',
	'list.hint': 'Arrow keys move through the list; Enter opens a place.',
	'list.loading': 'Loading the list of places…',
	'list.page': 'Every place, each with its own page',
	'list.noscript': 'This list needs JavaScript. Without it, every place has a page of its own:',
	'map.noscript': 'The map needs JavaScript. Without it, every place has a page of its own:',
	'map.label': 'Map of Jiading District',
	'map.keys':
		'Keys on the map: arrows move it, + and − zoom, N goes to the next place in view (Shift+N back), Enter opens it.',
	'map.cursor': 'place {position} of {count} in view; Enter opens it',
	'map.loading': 'Loading the map…',
	'map.nowebgl':
		'The map needs WebGL, which this browser does not offer. Every place is in the list.',
	'map.failed': 'The map stopped drawing.',
	'map.reload': 'Reload the page',
	'map.lost': 'The map lost its graphics and is waiting for them to come back…',
	'tour.title': 'Guided tour',
	'tour.start': 'Take the guided tour',
	'tour.intro':
		'Chapters through the district’s layout and its clusters, each told in the articles’ own words with their sources.',
	'tour.begin': 'Start the tour',
	'tour.progress': 'Chapter {n} of {total}',
	'tour.previous': 'Previous',
	'tour.next': 'Next',
	'tour.first': 'Back to the start',
	'tour.explore': 'Explore here',
	'tour.continue': 'Continue the tour',
	'tour.end': 'End the tour',
	'tour.chapters': 'All chapters',
	'tour.story': 'The whole story of',
	'tour.onmap': 'On the map',
	'tour.keys': 'Arrow keys or a swipe move between chapters.',
	'tour.playing': 'The tour is playing. Touch anywhere to explore.',
	'kiosk.title': 'Explore Jiading’s industrial clusters',
	'kiosk.body': 'Touch a place on the map, or follow the guided tour.',
	'kiosk.settings': 'Kiosk settings not used as given',
	'kiosk.source': 'Source',
	'planner.link': 'Planner view',
	'map.credits': 'Credits',
	'map.choose': 'Several places share this spot',
	'panel.close': 'Close',
	'panel.selected': 'Selected',
	'panel.loading': 'Loading this place’s story…',
	'panel.kind': 'Kind',
	'panel.industries': 'Industries',
	'panel.town': 'Town',
	'panel.role': 'In the district layout',
	'panel.figures': 'Key figures',
	'panel.figures.none': 'The articles give no figures for this place.',
	'panel.timeline': 'Dates and events',
	'panel.timeline.town': 'Every date in {town} on the timeline',
	'panel.timeline.all': 'Every date on the timeline',
	'panel.agreements': 'Agreements',
	'panel.quotes': 'People quoted',
	'panel.statements': 'What the articles say',
	'panel.district-wide': 'For all of Jiading',
	'panel.district-wide.note':
		'The articles give these for the whole district, not for this place alone.',
	'panel.disagreement': 'The articles disagree',
	'panel.related': 'Related places',
	'panel.related.town': 'In the same town',
	'panel.related.industry': 'Same industry',
	'panel.related.axis': `Within ${AXIS_REACH_KM} km of the One Axis (measured on the map)`,
	'panel.related.contains': 'Places in this town',
	'panel.related.more': 'and {n} more, in the list of all places',
	'panel.articles': 'Articles that mention it',
	'panel.articles.none': 'No article mentions this place by name.',
	'panel.geometry': 'Where it is drawn',
	'panel.precision': 'Precision',
	'panel.spill': 'Beyond its town',
	'panel.source': 'Geometry source',
	'panel.licence': 'Licence',
	'panel.quote.source': 'Read in the article',
	'panel.date.yearless': '{date} (year not stated)',
	'panel.date.none': 'date not stated',
	'panel.parties': 'Parties',
	'panel.speaker': 'Said by',
	'panel.target': 'target',
	'panel.empty.title': 'Explore Jiading',
	'intro.places': 'places',
	'intro.articles': 'articles',
	'panel.empty.body':
		'Click a place on the map, search, or pick one from the list to read what the articles say about it.',
	'article.back': 'Back to the map',
	'timeline.link': 'Timeline',
	'timeline.from.tour': 'Every date the articles give, in time order:',
	'share.button': 'Share',
	'share.copied': 'Link copied',
	'share.manual': 'Copy this link:',
	'share.done': 'Done',
	'link.unknown':
		'This link asks for {values}, which the atlas does not have; the rest of the link applies.',
	'link.param.lang': 'language',
	'link.param.hide': 'layer',
	'link.param.industry': 'industry',
	'link.dismiss': 'Dismiss',
	'link.value': '“{value}” ({param})',
	'link.separator': ', ',
	'meta.preview.atlas': 'Map of Jiading District with its parks, clusters, sites and the One Axis',
	'meta.preview.place': 'Map of Jiading District with {name} marked',
	'notfound.title': 'Page not found',
	'notfound.place': 'There is no place with the id',
	'notfound.search': 'Search for a place instead, or go back to the map.',
	'credits.link': 'Credits and sources',
	'list.separator': ', ',
	'osm.data': 'Map data',
	'osm.contributors': 'OpenStreetMap contributors',
	'osm.licence': 'ODbL',
	'footer.sources':
		'; district outlines from Aliyun DataV; facts from the articles listed on each page.',
	'opendata.link': 'Open data',
	'meta.page': '{page} — Jiading Atlas',
	'meta.home.title': 'Jiading Atlas — industrial clusters of Jiading District',
	'meta.home.description':
		"An offline map of Jiading District's industrial clusters, every figure traced to a news article.",
	'meta.place.title': '{name_en} {name_zh}',
	'meta.place.description':
		'{name_en} ({name_zh}) in Jiading District: figures, dates and quotes from the news, each with its source.',
	'meta.tour.description':
		"A guided tour of Jiading District's industrial layout and clusters, chapter by chapter, every fact with its source.",
	'meta.chapter.title': '{title} — Guided tour {n}/{total}',
	'meta.chapter.description':
		'{title_en} ({title_zh}): a chapter of the guided tour of Jiading District, told with facts from the news, each with its source.',
	'meta.kiosk.title': 'Jiading Atlas — kiosk',
	'meta.places.description':
		'Every town, park, cluster and site of Jiading Atlas, each with its own page of figures, dates and quotes from the news.',
	'error.title': 'Error {status}',
	'map.error': 'The map could not load:'
} as const;

/** The explorer's text and every page's frame, in the page's code. */
export type CoreKey = keyof typeof en;
/** Any message: the core's, or the pages' (messages-pages.ts, fetched by the pages that use it). */
export type MessageKey = CoreKey | PagesKey;

/** What one language's interface says: its messages and its names for the atlas's terms. */
export interface Catalogue {
	messages: Record<CoreKey, string>;
	kinds: Record<PlaceKind, string>;
	industries: Record<Industry, string>;
	roles: Record<LayoutRole, string>;
	precisions: Record<Precision, string>;
	factKinds: Record<FactKind, string>;
	/**
	 * The district's name for its biopharma layout. The English is verbatim from an article (a
	 * test checks it), so it is shown as a quotation; the Chinese is our translation and is not.
	 */
	motto: string;
	/**
	 * Where the curated data has no licence to name, it says so in a note of its own
	 * (geo/*.geojson, `licence`): those notes in this language, where they are not as published.
	 * Licences' names (ODbL, CC0) stay as they are published.
	 */
	licenceNotes: Record<string, string>;
	/**
	 * The words of MapLibre's own controls that the atlas shows (buttons' names, the scale's
	 * units), as MapLibre's `locale` option takes them:
	 * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapOptions/#locale
	 */
	mapControls: Record<string, string>;
}

/** English: what the prerendered pages carry. */
export const EN: Catalogue = {
	messages: en,
	kinds: {
		district: 'District',
		town: 'Town',
		cluster: 'Park or cluster',
		axis: 'Development axis',
		site: 'Company or institution',
		leisure: 'Park and leisure',
		transit: 'Transit',
		water: 'Water'
	},
	industries: {
		'medical-equipment': 'Medical equipment',
		'precision-medicine': 'Precision medicine',
		biopharma: 'Biopharma',
		auto: 'Automobiles',
		hydrogen: 'Hydrogen',
		'mobility-design': 'Mobility design',
		'business-district': 'Business district',
		leisure: 'Leisure'
	},
	roles: {
		'one-axis': 'One Axis',
		'one-town': 'One Town',
		'two-valleys': 'Two Valleys',
		'two-zones': 'Two Zones'
	},
	precisions: {
		exact: 'Exact (surveyed or OpenStreetMap outline)',
		approximate: 'Approximate (within a few hundred metres)',
		schematic: 'Schematic (for orientation only)'
	},
	factKinds: {
		figure: 'Figure',
		target: 'Target',
		date: 'Date',
		event: 'Event',
		agreement: 'Agreement',
		quote: 'Quote',
		layout: 'Layout',
		claim: 'Claim'
	},
	motto: '“One Axis, One Town, Two Valleys, and Two Zones”',
	licenceNotes: {},
	mapControls: {
		'Map.Title': 'Map',
		'NavigationControl.ZoomIn': 'Zoom in',
		'NavigationControl.ZoomOut': 'Zoom out',
		'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
		'AttributionControl.ToggleAttribution': 'Toggle attribution',
		'ScaleControl.Meters': 'm',
		'ScaleControl.Kilometers': 'km'
	}
};
