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
	/**
	 * `precision_reason` in Simplified Chinese, the atlas's translation: it says no more than the
	 * English, names places by their `name_zh` and sources (OpenStreetMap, Aliyun DataV) as they are.
	 */
	precision_reason_zh: string;
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
): CuratedPlace => {
	// The default translation is of the default reason only: a reason of its own needs its own.
	if (extra.precision_reason !== undefined && extra.precision_reason_zh === undefined)
		throw new Error(
			`scripts/geo-curation.ts: "${id}", field "precision_reason_zh": missing beside its own precision_reason`
		);
	return {
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
		precision_reason_zh: 'OpenStreetMap 所绘的行政边界（2026年7月提取）。',
		geometry: { town: name_en },
		source: 'OpenStreetMap administrative boundary (admin_level 8), via towns-jiading.geojson',
		licence: OSM,
		...extra
	};
};

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
		precision_reason_zh:
			'区界取自阿里云 DataV（2019年），已由 GCJ-02 转换为 WGS-84；与 OpenStreetMap 的镇界最多相差约120米。',
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
		precision_reason_zh:
			'推算所得：区界减去 OpenStreetMap 的八个镇界；娄塘镇于2026年由原上海市嘉定工业区的北部设立。',
		geometry: { town: 'Loutang (approx.)' },
		source: 'Derived in towns-jiading.geojson: district outline minus the OSM town boundaries'
	}),
	town('jiadingzhen-xinchenglu', 'Jiadingzhen and Xinchenglu', '嘉定镇街道、新成路街道', {
		aliases: ['Jiading old town', 'Jiadingzhen'],
		precision: 'approximate',
		precision_reason:
			'Derived: the two old-town subdistricts together, as the district outline minus the OSM town boundaries.',
		precision_reason_zh: '推算所得：两个老城街道合为一处，即区界减去 OSM 镇界所余的部分。',
		geometry: { town: 'Jiadingzhen + Xinchenglu subdistricts (combined, approx.)' },
		source: 'Derived in towns-jiading.geojson: district outline minus the OSM town boundaries'
	}),
	town('zhenxin', 'Zhenxin', '真新街道', {
		aliases: ['Zhenxin Subdistrict'],
		precision: 'approximate',
		precision_reason:
			'Derived: the district outline minus the OSM town boundaries, for the Zhenxin subdistrict.',
		precision_reason_zh: '推算所得：区界减去 OSM 镇界，作为真新街道的范围。',
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
		precision_reason_zh:
			'文章称该轴沿嘉闵线从江桥延伸至北部的工业区；按 OpenStreetMap 所绘的在建线路画出（误差约在40–60米以内），限于区内。',
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
		precision_reason_zh:
			'未见公布的边界。按所述2.2平方公里的规划面积画成圆形，圆心为瑞金医院嘉定院区，文章称该院区是其核心功能区的关键角色；实际形状和位置可能相差1–2公里。',
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
		precision_reason_zh:
			'该小镇的位置未见公布。按所述9.5平方公里画成圆形，圆心为联影医疗总部的估计位置（仅知其地址在上海市嘉定工业区城北路）；2258号位于该路何处不详，因此位置可能偏差数公里。',
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
		precision_reason_zh:
			'文章将其置于南翔；参考数据只说精准医学中心位于南翔东部的工业区。画作南翔镇东经121.305°以东的部分，仅供辨认方位。',
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
		precision_reason_zh:
			'未找到地址或边界；置于南翔东部的工业区，参考数据将精准医学中心定于此处。坐标不详，因此可能偏差数公里（南翔东部距此点最远约6公里）。',
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
		precision_reason_zh:
			'未见公布的边界。按所述100平方公里、围绕安亭镇的标注点画成圆形，并按区界裁切，因此图上面积小于所述面积；文章所说的100平方公里大于安亭镇在图上的88.7平方公里。',
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
		precision_reason_zh:
			'任何来源均未给出其位置；文章称其位于汽车城核心区。按所述1平方公里、围绕上海汽车博物馆画成圆形，该馆位于这一核心区内。',
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
		precision_reason_zh:
			'参考文本将氢能港定于安亭的同济大学嘉定校区一带；此点是该处的替代点，误差约1.5公里。',
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
		precision_reason_zh:
			'任何来源均未给出该园区的位置；显示于外冈镇的点位（Wikidata）。园区可能位于外冈镇内任何地方，距此点最远约6.5公里。',
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
		precision_reason_zh:
			'该商务区没有公布的边界；文章称江桥镇是其核心区的一部分。显示于江桥镇的点位（Wikidata）；商务区的部分区域距此点可能远达约10公里。',
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
		precision_reason_zh:
			'任何来源均未给出其位置。建设该园区的协议是与马陆镇签署的，因此显示于马陆镇的标注点；实际地点不详，可能位于马陆镇内任何地方，距此点最远约7公里。',
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
		precision_reason_zh:
			'参考数据中没有该新城的边界；显示于其中心远香湖，所用点位的坐标基准未说明（误差约在700米以内）。',
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
		precision_reason_zh:
			'文章说的是“北部的工业区”；该区北部于2026年成为娄塘镇。显示于娄塘镇内靠近城北路的一处点位；工业区本身未绘入地图。',
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
		precision_reason_zh:
			'嘉定院区（希望路999号）的点位取自 AMap，已由 GCJ-02 转换为 WGS-84；转换经核验精确到约40米，点位本身只精确到参考数据通常的300米。',
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
		precision_reason_zh:
			'只知道地址（上海市嘉定工业区城北路2258号）。置于嘉定北站以北、推测的城北路走向上；2258号位于该路何处不详，因此可能偏差数公里。',
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
		precision_reason_zh:
			'未见公布的地址；文章称巴拉德落户嘉定氢能港，因此显示于该园区的替代点，该点本身误差约1.5公里。',
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
		precision_reason_zh:
			'未见公布的地址；文章称该基地位于外冈工业园区，而该园区同样没有任何来源给出位置。显示于外冈镇的点位；基地距此点可能远达约6.5公里。',
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
		precision_reason_zh:
			'未找到地址；文章称其为北虹桥商务区的龙头企业，显示于该商务区的点位；企业距此点可能远达约10公里。',
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
		precision_reason_zh:
			'参考文本称该中心位于南翔东部的工业区；坐标不详，因此手工置于该处，可能偏差数公里（南翔东部距此点最远约6公里）。',
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
		precision_reason_zh:
			'点位取自公开数据集，位于博乐路45号，已对照 OSM 中博乐路的护城河桥核验；误差约在300米以内。',
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
		precision_reason_zh: '置于南护城河上的旧南水关，靠近 OSM 中的城中路桥；误差约在300米以内。',
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
		precision_reason_zh:
			'任何来源均未给出紫云廊的位置；显示于菊园街道的面积质心，质心与紫云廊可能相距最远约5公里（较早的菊园新区核心区位于东北约2公里处，靠近嘉定北站）。',
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
		precision_reason_zh: '老城护城河画作穿过 OSM 中各座跨河桥梁的平滑环线；误差约在100–200米以内。',
		geometry: { water: 'Jiading Huancheng River (old-town moat)' },
		source: 'Derived ring through OSM bridge positions (water-jiading.geojson)',
		licence: OSM
	}
];
