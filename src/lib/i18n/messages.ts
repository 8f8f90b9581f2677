/**
 * Interface text in English and Chinese. Article text is never translated: it stays as published.
 * Every key must exist in both languages; the `zh` table's type enforces it.
 */
import type { FactKind, Industry, LayoutRole, PlaceKind, Precision } from '$lib/schema/vocabulary';

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

const en = {
	'app.title': 'Jiading Atlas',
	'app.tagline': 'Industrial clusters of Jiading District, sourced from news articles',
	'app.skip': 'Skip to the list of places',
	'lang.switch': '中文',
	'lang.switch.label': 'Switch to Chinese',
	'search.label': 'Search places and facts',
	'search.placeholder': 'Search: MedValley, 上海医谷, hydrogen…',
	'search.none': 'Nothing matches',
	'search.results': 'results',
	'search.place': 'Place',
	'search.fact': 'Fact',
	'legend.title': 'Layers and industries',
	'legend.layers': 'Layers',
	'legend.industries': 'Industries',
	'legend.all': 'All industries',
	'legend.precision': 'How precisely places are drawn',
	'list.title': 'All places',
	'list.hint': 'Arrow keys move through the list; Enter opens a place.',
	'map.label': 'Map of Jiading District',
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
	'kiosk.settings': 'Kiosk settings not understood',
	'kiosk.source': 'Source',
	'map.credits': 'Credits',
	'map.choose': 'Several places share this spot',
	'panel.close': 'Close',
	'panel.selected': 'Selected',
	'panel.kind': 'Kind',
	'panel.industries': 'Industries',
	'panel.town': 'Town',
	'panel.role': 'In the district layout',
	'panel.figures': 'Key figures',
	'panel.figures.none': 'The articles give no figures for this place.',
	'panel.timeline': 'Dates and events',
	'panel.agreements': 'Agreements',
	'panel.quotes': 'People quoted',
	'panel.statements': 'What the articles say',
	'panel.disagreement': 'The articles disagree',
	'panel.related': 'Related places',
	'panel.related.town': 'In the same town',
	'panel.related.industry': 'Same industry',
	'panel.related.axis': 'Within 2 km of the One Axis (measured on the map)',
	'panel.related.contains': 'Places in this town',
	'panel.articles': 'Articles that mention it',
	'panel.articles.none': 'No article mentions this place by name.',
	'panel.geometry': 'Where it is drawn',
	'panel.precision': 'Precision',
	'panel.source': 'Geometry source',
	'panel.licence': 'Licence',
	'panel.quote.source': 'Read in the article',
	'panel.date.unstated': 'year not stated',
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
	'article.seeds': 'Source files',
	'article.byline': 'By',
	'article.date': 'Published',
	'article.date.none': 'The article does not state its date.',
	'article.notes': 'Notes on the text',
	'article.mentions': 'Places mentioned',
	'notfound.title': 'Page not found',
	'notfound.place': 'There is no place with the id',
	'notfound.search': 'Search for a place instead, or go back to the map.',
	'credits.title': 'Credits and data sources',
	'credits.link': 'Credits and sources'
} as const;

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
	'app.title': '嘉定产业地图',
	'app.tagline': '嘉定区产业集群，资料均出自新闻报道',
	'app.skip': '跳到地点列表',
	'lang.switch': 'English',
	'lang.switch.label': '切换到英文',
	'search.label': '搜索地点和事实',
	'search.placeholder': '搜索：上海医谷、MedValley、氢能…',
	'search.none': '没有匹配结果',
	'search.results': '条结果',
	'search.place': '地点',
	'search.fact': '事实',
	'legend.title': '图层与产业',
	'legend.layers': '图层',
	'legend.industries': '产业',
	'legend.all': '全部产业',
	'legend.precision': '地点绘制精度',
	'list.title': '全部地点',
	'list.hint': '方向键在列表中移动，回车键打开地点。',
	'map.label': '嘉定区地图',
	'map.loading': '地图加载中…',
	'map.nowebgl': '地图需要 WebGL，此浏览器不支持。所有地点都在列表中。',
	'map.failed': '地图已停止绘制。',
	'map.reload': '重新加载页面',
	'map.lost': '地图的图形已丢失，正在等待恢复…',
	'tour.title': '导览',
	'tour.start': '开始导览',
	'tour.intro': '按章节了解全区布局与各产业集群，每章都用文章原文讲述并注明出处。',
	'tour.begin': '开始导览',
	'tour.progress': '第 {n} 章，共 {total} 章',
	'tour.previous': '上一章',
	'tour.next': '下一章',
	'tour.first': '回到开头',
	'tour.explore': '在此自由浏览',
	'tour.continue': '继续导览',
	'tour.end': '结束导览',
	'tour.chapters': '全部章节',
	'tour.story': '完整介绍：',
	'tour.onmap': '地图上',
	'tour.keys': '使用方向键或左右滑动切换章节。',
	'tour.playing': '导览正在播放。触摸屏幕即可自由浏览。',
	'kiosk.title': '探索嘉定产业集群',
	'kiosk.body': '触摸地图上的地点，或跟随导览。',
	'kiosk.settings': '无法识别的展示屏设置',
	'kiosk.source': '出处',
	'map.credits': '致谢',
	'map.choose': '此处有多个地点',
	'panel.close': '关闭',
	'panel.selected': '已选择',
	'panel.kind': '类型',
	'panel.industries': '产业',
	'panel.town': '所在镇',
	'panel.role': '在全区布局中',
	'panel.figures': '关键数字',
	'panel.figures.none': '报道没有给出此地的数字。',
	'panel.timeline': '日期与事件',
	'panel.agreements': '协议',
	'panel.quotes': '引述',
	'panel.statements': '报道内容',
	'panel.disagreement': '报道之间数字不一致',
	'panel.related': '相关地点',
	'panel.related.town': '同一镇内',
	'panel.related.industry': '同一产业',
	'panel.related.axis': '距“一轴”2公里以内（地图测量）',
	'panel.related.contains': '镇内地点',
	'panel.articles': '提及此地的报道',
	'panel.articles.none': '没有报道直接提到此地名称。',
	'panel.geometry': '图形来源',
	'panel.precision': '精度',
	'panel.source': '图形来源',
	'panel.licence': '许可',
	'panel.quote.source': '阅读原文',
	'panel.date.unstated': '未注明年份',
	'panel.date.none': '未注明日期',
	'panel.parties': '签约方',
	'panel.speaker': '发言人',
	'panel.target': '目标',
	'panel.empty.title': '探索嘉定',
	'intro.places': '个地点',
	'intro.articles': '篇报道',
	'panel.empty.body': '点击地图上的地点、搜索，或从列表中选择，阅读报道中的相关内容。',
	'article.back': '返回地图',
	'article.seeds': '来源文件',
	'article.byline': '作者',
	'article.date': '发布日期',
	'article.date.none': '报道未注明日期。',
	'article.notes': '文本说明',
	'article.mentions': '提到的地点',
	'notfound.title': '页面不存在',
	'notfound.place': '没有此编号的地点：',
	'notfound.search': '请搜索地点，或返回地图。',
	'credits.title': '致谢与数据来源',
	'credits.link': '致谢与来源'
};

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { en, zh };

export const KIND_NAMES: Record<Locale, Record<PlaceKind, string>> = {
	en: {
		district: 'District',
		town: 'Town',
		cluster: 'Park or cluster',
		axis: 'Development axis',
		site: 'Company or institution',
		leisure: 'Park and leisure',
		transit: 'Transit',
		water: 'Water'
	},
	zh: {
		district: '区',
		town: '镇（街道）',
		cluster: '园区与产业集群',
		axis: '发展轴',
		site: '企业与机构',
		leisure: '公园与休闲',
		transit: '交通',
		water: '水系'
	}
};

export const INDUSTRY_NAMES: Record<Locale, Record<Industry, string>> = {
	en: {
		'medical-equipment': 'Medical equipment',
		'precision-medicine': 'Precision medicine',
		biopharma: 'Biopharma',
		auto: 'Automobiles',
		hydrogen: 'Hydrogen',
		'mobility-design': 'Mobility design',
		'business-district': 'Business district',
		leisure: 'Leisure'
	},
	zh: {
		'medical-equipment': '高端医疗装备',
		'precision-medicine': '精准医疗',
		biopharma: '生物医药',
		auto: '汽车',
		hydrogen: '氢能',
		'mobility-design': '智慧出行设计',
		'business-district': '商务区',
		leisure: '休闲'
	}
};

export const ROLE_NAMES: Record<Locale, Record<LayoutRole, string>> = {
	en: {
		'one-axis': 'One Axis',
		'one-town': 'One Town',
		'two-valleys': 'Two Valleys',
		'two-zones': 'Two Zones'
	},
	zh: { 'one-axis': '一轴', 'one-town': '一镇', 'two-valleys': '两谷', 'two-zones': '两区' }
};

export const PRECISION_NAMES: Record<Locale, Record<Precision, string>> = {
	en: {
		exact: 'Exact (surveyed or OpenStreetMap outline)',
		approximate: 'Approximate (within a few hundred metres)',
		schematic: 'Schematic (for orientation only)'
	},
	zh: {
		exact: '精确（测绘或 OpenStreetMap 边界）',
		approximate: '近似（误差数百米）',
		schematic: '示意（仅供定位参考）'
	}
};

export const FACT_KIND_NAMES: Record<Locale, Record<FactKind, string>> = {
	en: {
		figure: 'Figure',
		target: 'Target',
		date: 'Date',
		event: 'Event',
		agreement: 'Agreement',
		quote: 'Quote',
		layout: 'Layout',
		statement: 'Statement'
	},
	zh: {
		figure: '数字',
		target: '目标',
		date: '日期',
		event: '事件',
		agreement: '协议',
		quote: '引述',
		layout: '布局',
		statement: '陈述'
	}
};

/**
 * The district's name for its biopharma layout. The English is verbatim from an article (a test
 * checks it), so it is shown as a quotation; the Chinese is our translation and is not.
 */
export const LAYOUT_MOTTO: Record<Locale, string> = {
	en: '“One Axis, One Town, Two Valleys, and Two Zones”',
	zh: '一轴一镇两谷两区'
};
