/**
 * Hand curation of the places the articles talk about: names, industries, layout role, and how
 * each geometry is obtained from the reference data in ../shared/geodata. `derive-geo.ts` turns
 * this into geo/places.geojson. Where the reference data has no geometry, the recipe says how
 * the place was drawn instead, and `precision_reason` tells the reader.
 */
import type { Industry, LayoutRole, PlaceKind, Precision } from '../src/lib/schema/vocabulary';

export type Recipe =
	/** The polygon of a town or subdistrict in towns-jiading.geojson, by its English name. */
	| { town: string }
	/** The district outline. */
	| { district: true }
	/** A point of places-jiading.geojson, by its English name. */
	| { point: string }
	/** A feature of water-jiading.geojson, by its English name. */
	| { water: string }
	/** The Jiamin Line alignment, clipped to the district. */
	| { jiaminLineInDistrict: true }
	/** A position given by hand, in WGS-84. */
	| { at: [number, number] }
	/**
	 * A disc whose area is the figure an article states (a fact id), centred on a point,
	 * clipped to the district: an honest sketch of size where no boundary is published.
	 */
	| { disc: { centre: [number, number] | { point: string }; areaFact: string } }
	/** The polygon of a town, drawn as a schematic stand-in for an area inside it. */
	| { partOfTown: { town: string; eastOf: number } };

/** Reference files that record Chinese names (their `name` property). */
export type NameFile =
	| 'towns-jiading.geojson'
	| 'district-jiading.geojson'
	| 'places-jiading.geojson'
	| 'water-jiading.geojson'
	| 'metro-stations-jiading.geojson';

/**
 * Where a Chinese name comes from: a reference file that records it (derive-geo checks that it
 * does, and names the feature in `name_zh_source`), or the atlas's own translation.
 */
export type NameSource = 'translation' | { file: NameFile; note?: string };

export interface CuratedPlace {
	id: string;
	kind: PlaceKind;
	name_en: string;
	name_zh: string;
	name_zh_from: NameSource;
	aliases: string[];
	industries: Industry[];
	town: string | null;
	layout_role: LayoutRole | null;
	precision: Precision;
	precision_reason: string;
	geometry: Recipe;
	/** Where the geometry came from, for readers; derive-geo adds the reference file. */
	source: string;
	licence: string;
}

const OSM = 'ODbL 1.0, © OpenStreetMap contributors';

const town = (
	id: string,
	name_en: string,
	name_zh: string,
	extra: Partial<CuratedPlace> = {}
): CuratedPlace => ({
	id,
	kind: 'town',
	name_en,
	name_zh,
	name_zh_from: { file: 'towns-jiading.geojson' },
	aliases: [`${name_en} Town`],
	industries: [],
	town: null,
	layout_role: null,
	precision: 'exact',
	precision_reason: 'Administrative boundary as mapped in OpenStreetMap (July 2026 extract).',
	geometry: { town: name_en },
	source: 'OpenStreetMap administrative boundary (admin_level 8), via towns-jiading.geojson',
	licence: OSM,
	...extra
});

export const CURATED_PLACES: CuratedPlace[] = [
	{
		id: 'jiading',
		kind: 'district',
		name_en: 'Jiading District',
		name_zh: '嘉定区',
		name_zh_from: { file: 'district-jiading.geojson' },
		aliases: ['Jiading'],
		industries: [],
		town: null,
		layout_role: null,
		precision: 'approximate',
		precision_reason:
			'District outline from Aliyun DataV (2019), converted from GCJ-02 to WGS-84; it differs from the OpenStreetMap town boundaries by up to about 120 m.',
		geometry: { district: true },
		source: 'Aliyun DataV 2019 district outline, converted from GCJ-02 (district-jiading.geojson)',
		licence: 'no licence stated by the source'
	},
	town('anting', 'Anting', '安亭镇', {
		industries: ['auto', 'hydrogen', 'mobility-design'],
		layout_role: 'two-zones'
	}),
	town('malu', 'Malu', '马陆镇', { industries: ['medical-equipment', 'biopharma'] }),
	town('jiangqiao', 'Jiangqiao', '江桥镇', {
		industries: ['business-district'],
		layout_role: 'two-zones'
	}),
	town('nanxiang', 'Nanxiang', '南翔镇', { industries: ['precision-medicine', 'biopharma'] }),
	town('waigang', 'Waigang', '外冈镇', { industries: ['auto'] }),
	town('huating', 'Huating', '华亭镇'),
	town('xuhang', 'Xuhang', '徐行镇'),
	town('juyuan', 'Juyuan', '菊园街道', {
		aliases: ['Juyuan Subdistrict', 'Juyuan New Area'],
		source: 'OpenStreetMap administrative boundary (admin_level 8), via towns-jiading.geojson'
	}),
	town('loutang', 'Loutang', '娄塘镇', {
		precision: 'approximate',
		precision_reason:
			'Derived: the district outline minus the eight OpenStreetMap town boundaries; Loutang was formed in 2026 from the north of the former Jiading Industrial Zone.',
		geometry: { town: 'Loutang (approx.)' },
		source: 'Derived in towns-jiading.geojson: district outline minus the OSM town boundaries'
	}),
	town('jiadingzhen-xinchenglu', 'Jiadingzhen and Xinchenglu', '嘉定镇街道、新成路街道', {
		aliases: ['Jiading old town', 'Jiadingzhen'],
		precision: 'approximate',
		precision_reason:
			'Derived: the two old-town subdistricts together, as the district outline minus the OSM town boundaries.',
		geometry: { town: 'Jiadingzhen + Xinchenglu subdistricts (combined, approx.)' },
		source: 'Derived in towns-jiading.geojson: district outline minus the OSM town boundaries'
	}),
	town('zhenxin', 'Zhenxin', '真新街道', {
		aliases: ['Zhenxin Subdistrict'],
		precision: 'approximate',
		precision_reason:
			'Derived: the district outline minus the OSM town boundaries, for the Zhenxin subdistrict.',
		geometry: { town: 'Zhenxin subdistrict (approx.)' },
		source: 'Derived in towns-jiading.geojson: district outline minus the OSM town boundaries'
	}),

	{
		id: 'one-axis',
		kind: 'axis',
		name_en: 'One Axis (Jiamin Line corridor)',
		name_zh: '一轴（嘉闵线）',
		name_zh_from: 'translation',
		aliases: ['One Axis', 'Jiamin Line', 'Jiamin (Jiading-Minhang) Line', '嘉闵线'],
		industries: ['biopharma'],
		town: null,
		layout_role: 'one-axis',
		precision: 'approximate',
		precision_reason:
			'The articles say the axis runs through the Jiamin Line from Jiangqiao to the industrial area in the north; drawn as the line under construction as mapped in OpenStreetMap (within about 40–60 m), inside the district.',
		geometry: { jiaminLineInDistrict: true },
		source:
			'OpenStreetMap railway=construction ways of the Jiamin Line (jiamin-line.geojson), clipped to the district',
		licence: OSM
	},

	{
		id: 'shanghai-medvalley',
		kind: 'cluster',
		name_en: 'Shanghai MedValley',
		name_zh: '上海医谷',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['MedValley', 'Shanghai MedValley Industrial Park'],
		industries: ['medical-equipment', 'precision-medicine', 'biopharma'],
		town: 'malu',
		layout_role: 'two-valleys',
		precision: 'schematic',
		precision_reason:
			'No boundary is published. Drawn as a disc of the stated 2.2 km² planned area around the Ruijin Hospital Jiading campus, which the article names as a key player of its core function area; the real shape and position may differ by 1–2 km.',
		geometry: {
			disc: {
				centre: { point: 'Shanghai MedValley (proxy point)' },
				areaFact: 'medvalley-planned-area'
			}
		},
		source:
			'Schematic disc; centre = Ruijin Hospital Jiading campus point (places-jiading.geojson, from AMap, converted from GCJ-02)',
		licence: 'drawn by Jiading Atlas'
	},
	{
		id: 'united-imaging-town',
		kind: 'cluster',
		name_en: 'United Imaging Town',
		name_zh: '联影小镇',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: [
			'United Imaging medical industrialization demonstration base',
			'联影医疗产业化示范基地'
		],
		industries: ['medical-equipment'],
		town: 'loutang',
		layout_role: 'one-town',
		precision: 'schematic',
		precision_reason:
			'No location is published for the town. Drawn as a disc of the stated 9.5 km² around the estimated position of United Imaging’s headquarters (known only by its address on Chengbei Road, Jiading Industrial Zone); where No. 2258 lies along that road is not known, so the position may be several kilometres off.',
		geometry: { disc: { centre: [121.233, 31.412], areaFact: 'united-imaging-town-area' } },
		source:
			'Schematic disc; centre estimated from the headquarters address (places-jiading.geojson notes)',
		licence: 'drawn by Jiading Atlas'
	},
	{
		id: 'life-element-valley',
		kind: 'cluster',
		name_en: 'Life Element Valley',
		name_zh: '生命元素谷',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['Nanxiang Life Element Valley'],
		industries: ['precision-medicine', 'biopharma'],
		town: 'nanxiang',
		layout_role: 'two-valleys',
		precision: 'schematic',
		precision_reason:
			'The articles place it in Nanxiang; the reference data only says the precision-medicine centre lies in the industrial area of east Nanxiang. Drawn as the part of Nanxiang Town east of 121.305° E, for orientation only.',
		geometry: { partOfTown: { town: 'Nanxiang', eastOf: 121.305 } },
		source: 'Schematic: part of the OSM boundary of Nanxiang Town (towns-jiading.geojson)',
		licence: OSM
	},
	{
		id: 'nanxiang-precision-medicine-park',
		kind: 'cluster',
		name_en: 'Shanghai (Nanxiang) Precision Medicine Industrial Park',
		name_zh: '上海（南翔）精准医学产业园',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['Nanxiang Precision Medicine Industrial Park', '上海(南翔)精准医学产业园'],
		industries: ['precision-medicine'],
		town: 'nanxiang',
		layout_role: null,
		precision: 'schematic',
		precision_reason:
			'No address or boundary found; placed in the industrial area of east Nanxiang, where the reference data puts the precision-medicine centre. No coordinates are known, so it may be several kilometres off (east Nanxiang reaches about 6 km from this point).',
		geometry: { at: [121.3165, 31.2855] },
		source:
			'Hand-placed from a text description (places-jiading.geojson: "east Nanxiang industrial area")',
		licence: 'drawn by Jiading Atlas'
	},
	{
		id: 'shanghai-international-automobile-city',
		kind: 'cluster',
		name_en: 'Shanghai International Automobile City',
		name_zh: '上海国际汽车城',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['International Automobile City', 'Automobile City', 'Auto City'],
		industries: ['auto', 'hydrogen', 'mobility-design'],
		town: 'anting',
		layout_role: null,
		precision: 'schematic',
		precision_reason:
			'No boundary is published. Drawn as a disc of the stated 100 km² around Anting Town’s label point and cut to the district edge, so its mapped area is smaller than the stated one; the article’s 100 km² is more than Anting Town’s mapped 88.7 km².',
		geometry: { disc: { centre: [121.1943, 31.3], areaFact: 'automobile-city-area' } },
		source: 'Schematic disc; centre = label point of Anting Town (towns-jiading.geojson)',
		licence: 'drawn by Jiading Atlas'
	},
	{
		id: 'intelligent-mobility-design-valley',
		kind: 'cluster',
		name_en: 'Shanghai Intelligent Mobility Design Valley',
		name_zh: '上海智慧出行设计谷',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['Intelligent Mobility Design Valley', 'Mobility Design Valley'],
		industries: ['mobility-design', 'auto'],
		town: 'anting',
		layout_role: null,
		precision: 'schematic',
		precision_reason:
			'Not located in any source; the article puts it in the core area of the Automobile City. Drawn as a disc of the stated 1 km² around the Shanghai Auto Museum, in that core area.',
		geometry: {
			disc: {
				centre: {
					point: 'Shanghai Auto Museum (Wikidata Q7488401 "Shanghai International Automobile City")'
				},
				areaFact: 'mobility-design-valley-area'
			}
		},
		source: 'Schematic disc; centre = Shanghai Auto Museum (OpenStreetMap way/206501415)',
		licence: 'drawn by Jiading Atlas'
	},
	{
		id: 'jiading-hydrogen-park',
		kind: 'cluster',
		name_en: 'Jiading Hydrogen Park',
		name_zh: '嘉定氢能港',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['Jiading Hydrogen Port', 'Hydrogen Park'],
		industries: ['hydrogen', 'auto'],
		town: 'anting',
		layout_role: null,
		precision: 'schematic',
		precision_reason:
			'Reference texts place the hydrogen port around the Tongji University Jiading campus in Anting; the point is a proxy there, uncertain by about 1.5 km.',
		geometry: { point: 'Jiading Hydrogen Port' },
		source: 'Proxy point at the Tongji University Jiading campus (places-jiading.geojson)',
		licence: 'facts from public texts'
	},
	{
		id: 'waigang-industrial-park',
		kind: 'cluster',
		name_en: 'Waigang Industrial Park',
		name_zh: '外冈工业园区',
		name_zh_from: 'translation',
		aliases: [],
		industries: ['auto'],
		town: 'waigang',
		layout_role: null,
		precision: 'schematic',
		precision_reason:
			'The park is not located in any source; shown at the Waigang town point (Wikidata). It may lie anywhere in Waigang Town, up to about 6.5 km from this point.',
		geometry: { point: 'Waigang town point (industrial park not located)' },
		source: 'Wikidata Q10932269 (Waigang Town) point',
		licence: 'CC0 (Wikidata)'
	},
	{
		id: 'north-hongqiao',
		kind: 'cluster',
		name_en: 'North Hongqiao Business District',
		name_zh: '虹桥北（北虹桥商务区）',
		name_zh_from: 'translation',
		aliases: ['North Hongqiao', '北虹桥'],
		industries: ['business-district', 'medical-equipment', 'auto'],
		town: 'jiangqiao',
		layout_role: null,
		precision: 'schematic',
		precision_reason:
			'The business district has no published boundary; the article says Jiangqiao Town is part of the core area. Shown at the Jiangqiao town point (Wikidata); parts of the district may lie up to about 10 km from it.',
		geometry: { point: 'Jiangqiao town point (North Hongqiao area label)' },
		source: 'Wikidata Q2043729 (Jiangqiao Town) point',
		licence: 'CC0 (Wikidata)'
	},
	{
		id: 'ruijin-jiading-medical-equipment-park',
		kind: 'cluster',
		name_en: 'Shanghai Ruijin-Jiading New City High-end Medical Equipment Industrial Park',
		name_zh: '瑞金-嘉定新城高端医疗装备产业园',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['Ruijin-Jiading New City High-end Medical Equipment Industrial Park'],
		industries: ['medical-equipment'],
		town: 'malu',
		layout_role: null,
		precision: 'schematic',
		precision_reason:
			'Not located in any source. The agreement to build it was signed with Malu Town, so it is shown at Malu Town’s label point; the real site is unknown and may be anywhere in Malu, up to about 7 km from this point.',
		geometry: { at: [121.275329, 31.359738] },
		source: 'Label point of Malu Town (towns-jiading.geojson)',
		licence: OSM
	},
	{
		id: 'jiading-new-city',
		kind: 'cluster',
		name_en: 'Jiading New City',
		name_zh: '嘉定新城',
		name_zh_from: {
			file: 'metro-stations-jiading.geojson',
			note: 'the name of the metro station (Jiading Xincheng) that serves it'
		},
		aliases: [],
		industries: ['medical-equipment'],
		town: 'malu',
		layout_role: null,
		precision: 'schematic',
		precision_reason:
			'The new city has no boundary in the reference data; shown at Yuanxiang Lake, its centre, from a point of unstated datum (within about 700 m).',
		geometry: { point: 'Yuanxiang Lake (Jiading New City centre)' },
		source: 'Yuanxiang Lake point (places-jiading.geojson, app seed of unstated datum)',
		licence: 'facts from public texts'
	},
	{
		id: 'jiading-industrial-zone',
		kind: 'cluster',
		name_en: 'Jiading Industrial Zone',
		name_zh: '上海市嘉定工业区',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['industrial area in the north'],
		industries: ['medical-equipment'],
		town: 'loutang',
		layout_role: null,
		precision: 'schematic',
		precision_reason:
			'The articles speak of "the industrial area in the north"; its north became Loutang Town in 2026. Shown at a point in Loutang near Chengbei Road; the zone itself is not mapped.',
		geometry: { at: [121.2345, 31.428] },
		source: 'Hand-placed in the derived Loutang Town polygon (towns-jiading.geojson notes)',
		licence: 'drawn by Jiading Atlas'
	},

	{
		id: 'ruijin-hospital',
		kind: 'site',
		name_en: 'Ruijin Hospital (Jiading campus)',
		name_zh: '瑞金医院嘉定院区',
		name_zh_from: 'translation',
		aliases: ['Ruijin Hospital', 'Ruijin Hospital National Medical Center', '瑞金医院'],
		industries: ['medical-equipment', 'precision-medicine'],
		town: 'malu',
		layout_role: null,
		precision: 'approximate',
		precision_reason:
			'Point of the Jiading campus (999 Xiwang Road) from AMap, converted from GCJ-02 to WGS-84; the conversion is checked to about 40 m, the point itself only to the reference data’s usual 300 m.',
		geometry: { point: 'Shanghai MedValley (proxy point)' },
		source: 'AMap point converted from GCJ-02 (places-jiading.geojson)',
		licence: 'facts from public texts'
	},
	{
		id: 'united-imaging-hq',
		kind: 'site',
		name_en: 'United Imaging Healthcare headquarters',
		name_zh: '联影医疗总部',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['Shanghai United Imaging Healthcare', 'United Imaging'],
		industries: ['medical-equipment'],
		town: 'loutang',
		layout_role: 'one-town',
		precision: 'schematic',
		precision_reason:
			'Only the address is known (2258 Chengbei Road, Jiading Industrial Zone). Placed on the presumed line of Chengbei Road north of Jiading North station; where No. 2258 lies along the road is not known, so it may be several kilometres off.',
		geometry: { at: [121.233, 31.412] },
		source: 'Hand-placed from the address (places-jiading.geojson notes)',
		licence: 'drawn by Jiading Atlas'
	},
	{
		id: 'ballard-anting',
		kind: 'site',
		name_en: 'Ballard Power Systems (China HQ and plant)',
		name_zh: '巴拉德',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['Ballard Power Systems', 'Ballard'],
		industries: ['hydrogen'],
		town: 'anting',
		layout_role: null,
		precision: 'schematic',
		precision_reason:
			'No address is published; the article says Ballard settles in Jiading Hydrogen Park, so it is shown at that park’s proxy point, itself uncertain by about 1.5 km.',
		geometry: { point: 'Jiading Hydrogen Port' },
		source: 'Same proxy point as Jiading Hydrogen Park (places-jiading.geojson)',
		licence: 'facts from public texts'
	},
	{
		id: 'valeo-waigang',
		kind: 'site',
		name_en: 'Valeo comfort and driving assistance systems base',
		name_zh: '法雷奥',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['Valeo Group', 'Valeo'],
		industries: ['auto'],
		town: 'waigang',
		layout_role: null,
		precision: 'schematic',
		precision_reason:
			'No address is published; the article puts the base in Waigang Industrial Park, which no source locates either. Shown at the Waigang town point; the base may be up to about 6.5 km from it.',
		geometry: { point: 'Waigang town point (industrial park not located)' },
		source: 'Wikidata Q10932269 (Waigang Town) point',
		licence: 'CC0 (Wikidata)'
	},
	{
		id: 'kindly-medical',
		kind: 'site',
		name_en: 'Shanghai Kindly Medical Instruments Co',
		name_zh: '康德莱',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['Kindly Medical'],
		industries: ['medical-equipment'],
		town: 'jiangqiao',
		layout_role: null,
		precision: 'schematic',
		precision_reason:
			'No address found; the article names it as a leading firm of the North Hongqiao Business District, shown at that district’s point; the firm may be up to about 10 km from it.',
		geometry: { point: 'Jiangqiao town point (North Hongqiao area label)' },
		source: 'Wikidata Q2043729 (Jiangqiao Town) point',
		licence: 'CC0 (Wikidata)'
	},
	{
		id: 'nanxiang-precision-medicine-center',
		kind: 'site',
		name_en: 'Shanghai (Nanxiang) International Precision Medicine Innovation Center',
		name_zh: '国际精准医学创新中心',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['International Precision Medicine Innovation Center'],
		industries: ['precision-medicine'],
		town: 'nanxiang',
		layout_role: null,
		precision: 'schematic',
		precision_reason:
			'Reference texts say the centre is in the industrial area of east Nanxiang; no coordinates are known, so it is placed there by hand and may be several kilometres off (east Nanxiang reaches about 6 km from this point).',
		geometry: { at: [121.3165, 31.2855] },
		source: 'Hand-placed from a text description (places-jiading.geojson)',
		licence: 'drawn by Jiading Atlas'
	},

	{
		id: 'jiading-wisteria-park',
		kind: 'leisure',
		name_en: 'Jiading Wisteria Park',
		name_zh: '嘉定紫藤园',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['Wisteria Park'],
		industries: ['leisure'],
		town: 'jiadingzhen-xinchenglu',
		layout_role: null,
		precision: 'approximate',
		precision_reason:
			'Point from a public data set at 45 Bole Road, checked against the OSM Bole Road moat bridge; within about 300 m.',
		geometry: { point: 'Jiading Wisteria Park' },
		source: 'Public data set point, datum inferred as WGS-84 (places-jiading.geojson)',
		licence: 'facts from public texts'
	},
	{
		id: 'nanshuiguan-park',
		kind: 'leisure',
		name_en: 'Nanshuiguan Park',
		name_zh: '南水关公园',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['South Water Gate Park'],
		industries: ['leisure'],
		town: 'jiadingzhen-xinchenglu',
		layout_role: null,
		precision: 'approximate',
		precision_reason:
			'Placed at the old south water gate on the south moat, near the OSM Chengzhong Road bridge; within about 300 m.',
		geometry: { point: 'Nanshuiguan Park (South Water Gate)' },
		source: 'Derived from OSM bridge positions and texts (places-jiading.geojson)',
		licence: OSM
	},
	{
		id: 'juyuan-garden',
		kind: 'leisure',
		name_en: 'Ziyun Corridor in Juyuan Garden',
		name_zh: '紫云廊',
		name_zh_from: { file: 'places-jiading.geojson' },
		aliases: ['Juyuan Garden', 'Ziyun Corridor'],
		industries: ['leisure'],
		town: 'juyuan',
		layout_role: null,
		precision: 'schematic',
		precision_reason:
			'The corridor is not located in any source; shown at the area centroid of Juyuan Subdistrict, which may be up to about 5 km from it (the older Juyuan New Area core lies about 2 km north-east, near Jiading North station).',
		geometry: { point: 'Juyuan subdistrict (former Juyuan New Area) label point' },
		source: 'Area centroid of the OSM Juyuan Subdistrict boundary (places-jiading.geojson)',
		licence: OSM
	},
	{
		id: 'huancheng-river',
		kind: 'leisure',
		name_en: 'Jiading Huancheng River',
		name_zh: '嘉定环城河',
		name_zh_from: { file: 'water-jiading.geojson' },
		aliases: ['Huancheng River', 'Wisteria Long Corridor'],
		industries: ['leisure'],
		town: 'jiadingzhen-xinchenglu',
		layout_role: null,
		precision: 'approximate',
		precision_reason:
			'The old-town moat drawn as a smooth ring through the OSM bridges that cross it; within about 100–200 m.',
		geometry: { water: 'Jiading Huancheng River (old-town moat)' },
		source: 'Derived ring through OSM bridge positions (water-jiading.geojson)',
		licence: OSM
	}
];
