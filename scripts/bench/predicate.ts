/**
 * The shared filter predicate at 1k, 10k and 100k events, for `npm run bench`: the real corpus's events
 * copied under new ids (each copy in its own articles), then a sequence of filter changes a user makes —
 * a group with its sub-units, a type, a year, an article, a search — each timed many times. Prints one
 * JSON line per size: the median and 95th percentile of a change, in milliseconds.
 */
import { buildGeodata } from '../../src/lib/domain/build-geodata';
import type { AtlasIndex } from '../../src/lib/domain/atlas-index';
import { filterAtlas, prepareIndex } from '../../src/lib/domain/filter/filter-atlas';
import { DEFAULT_FILTERS, type FilterState } from '../../src/lib/domain/filter/filter-state';
import { createPlaceSearch } from '../../src/lib/domain/filter/search-places';
import { loadGeonames } from '../../geodata/scripts/load-geonames';
import { loadInputs } from '../../geodata/scripts/load-inputs';

const base = buildGeodata(await loadInputs('geodata', loadGeonames())).index;

/** The base index with its events and articles `copies` times over; places count every copy's events. */
function scaled(copies: number): AtlasIndex {
	const events = Array.from({ length: copies }, (_, k) =>
		base.events.map((e) => ({ ...e, id: `${e.id}-${k}`, claims: e.claims.map((c) => ({ ...c, article: `${c.article}-${k}` })) }))
	).flat();
	const articles = Array.from({ length: copies }, (_, k) => base.articles.map((a) => ({ ...a, id: `${a.id}-${k}` }))).flat();
	const places = base.places.map((p) => ({
		...p,
		events: Array.from({ length: copies }, (_, k) => p.events.map((id) => `${id}-${k}`)).flat(),
		articles: Array.from({ length: copies }, (_, k) => p.articles.map((id) => `${id}-${k}`)).flat()
	}));
	// Through JSON, as the dashboard receives it: parsed strings, not the concatenations built above.
	return JSON.parse(JSON.stringify({ ...base, events, articles, places })) as AtlasIndex;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

for (const target of [1_000, 10_000, 100_000]) {
	const index = scaled(Math.ceil(target / base.events.length));
	const prepared = prepareIndex(index);
	const search = createPlaceSearch(index.places);
	const changes: Partial<FilterState>[] = [
		{ groups: ['quds-force'], subunits: true },
		{ types: ['battle', 'siege'] },
		{ from: 2014, to: 2014 },
		{ articles: [`${base.articles[4]!.id}-0`] },
		{ q: 'baghdad' },
		{ groups: ['popular-mobilization-forces'], subunits: true, from: 2014, to: 2015 },
		{}
	];
	const times: number[] = [];
	const rounds = target >= 100_000 ? 5 : 30;
	for (let r = 0; r < rounds; r++) {
		for (const change of changes) {
			const filters = { ...DEFAULT_FILTERS, ...change };
			const t0 = performance.now();
			filterAtlas(prepared, filters, filters.q ? search(filters.q) : []);
			times.push(performance.now() - t0);
		}
	}
	console.log(JSON.stringify({ events: index.events.length, changes: times.length, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95) }));
}
