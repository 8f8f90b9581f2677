/**
 * `npm run check:data`: validates seeds/ and geo/, prints what was built and the figure
 * coverage, and exits non-zero with one line per problem (file, id, field) when anything is wrong.
 */
import { DataError } from '../src/lib/content/errors';
import { buildContent } from '../src/lib/content/pipeline';
import { contentRoot, readSources, readTour } from '../src/lib/server/load';
import { buildTour } from '../src/lib/content/tour';

try {
	const root = process.argv[2] ?? contentRoot();
	const content = buildContent(readSources(root));
	const tour = buildTour(readTour(root), content);
	const { coverage, claimCoverage: claims } = content;
	const pct = ((100 * coverage.mapped) / coverage.figures).toFixed(1);
	console.log(
		`seeds:    ${content.seedReports.length} files → ${content.articles.length} articles`
	);
	for (const a of content.articles) console.log(`          ${a.id} (${a.seeds.join(', ')})`);
	console.log(`places:   ${content.places.length}`);
	console.log(`facts:    ${content.facts.length}, all quotes verified`);
	console.log(`mentions: ${content.articles.reduce((n, a) => n + a.mentions.length, 0)}`);
	console.log(`tour:     ${tour.length} chapters (${tour.map((c) => c.id).join(', ')})`);
	console.log(`disagreements: ${content.disagreements.map((d) => d.id).join(', ')}`);
	console.log(
		`coverage: ${coverage.mapped} of ${coverage.figures} figures are facts (${pct}%), ${coverage.unmapped} deliberately unmapped, ${coverage.unaccounted.length} unaccounted`
	);
	console.log(
		`claims:   ${claims.mapped} of ${claims.total} sentences naming a place are facts of it, ${claims.unmapped} deliberately unmapped, ${claims.unaccounted.length} unaccounted`
	);
} catch (error) {
	if (!(error instanceof DataError)) throw error;
	console.error(error.message);
	process.exit(1);
}
