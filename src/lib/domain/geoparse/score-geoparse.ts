/**
 * The project's geoparsing metric (see `../shared/geoparse-dev/README.md`): recognition by overlapping
 * span and by exact span, and resolution as the great-circle error of every matched pair.
 */
import { haversineKm } from '../resolve/haversine-km';

/** A hand-annotated toponym. `optional` spans (a name inside another name) neither count for nor against. */
export interface GoldToponym {
	start: number;
	end: number;
	text: string;
	lat?: number;
	lon?: number;
	optional?: boolean;
}

/** An article with its gold toponyms. */
export interface GoldArticle {
	id: string;
	text: string;
	gold: GoldToponym[];
}

/** A predicted toponym span, resolved or not. */
export interface PredictedToponym {
	start: number;
	end: number;
	lat?: number | null;
	lon?: number | null;
}

/** Counts that add up across articles. */
export interface ScoreCounts {
	predicted: number;
	gold: number;
	matched: number;
	exact: number;
	errorsKm: number[];
}

/** The summary figures. */
export interface Scores {
	precision: number;
	recall: number;
	f1: number;
	exactF1: number;
	acc161: number;
	medianKm: number;
	resolved: number;
}

/**
 * Pairs gold and predicted toponyms by the metric's rule: each required gold span matches at most one
 * overlapping prediction (an exact one if there is, else the first unmatched); predictions on optional
 * spans are dropped. Returns the pairs and the predictions that count.
 *
 * @example matchToponyms([{ start: 0, end: 4, text: 'Iraq' }], [{ start: 0, end: 4 }]).pairs.length === 1
 */
export function matchToponyms<P extends PredictedToponym>(gold: readonly GoldToponym[], predicted: readonly P[]): { pairs: [GoldToponym, P][]; counted: P[]; required: GoldToponym[] } {
	const optional = gold.filter((g) => g.optional);
	const required = gold.filter((g) => !g.optional);
	const counted = predicted.filter((p) => !optional.some((o) => overlaps(o, p)) || required.some((g) => overlaps(g, p)));
	const used = new Set<number>();
	const pairs: [GoldToponym, P][] = [];
	for (const g of required) {
		let best = -1;
		for (let i = 0; i < counted.length; i++) {
			if (used.has(i) || !overlaps(g, counted[i]!)) continue;
			if (best < 0 || (counted[i]!.start === g.start && counted[i]!.end === g.end)) best = i;
		}
		if (best < 0) continue;
		used.add(best);
		pairs.push([g, counted[best]!]);
	}
	return { pairs, counted, required };
}

/**
 * Scores one article by the pairs of matchToponyms.
 *
 * @example scoreArticle([{ start: 0, end: 4, text: 'Iraq' }], [{ start: 0, end: 4 }]).matched === 1
 */
export function scoreArticle(gold: readonly GoldToponym[], predicted: readonly PredictedToponym[]): ScoreCounts {
	const { pairs, counted, required } = matchToponyms(gold, predicted);
	const counts: ScoreCounts = { predicted: counted.length, gold: required.length, matched: pairs.length, exact: 0, errorsKm: [] };
	for (const [g, p] of pairs) {
		if (p.start === g.start && p.end === g.end) counts.exact++;
		if (g.lat !== undefined && g.lon !== undefined && p.lat != null && p.lon != null) {
			counts.errorsKm.push(haversineKm(g.lat, g.lon, p.lat, p.lon));
		}
	}
	return counts;
}

/** Adds counts up. */
export function addCounts(a: ScoreCounts, b: ScoreCounts): ScoreCounts {
	return { predicted: a.predicted + b.predicted, gold: a.gold + b.gold, matched: a.matched + b.matched, exact: a.exact + b.exact, errorsKm: a.errorsKm.concat(b.errorsKm) };
}

/** Turns counts into precision, recall, F1 (overlap and exact), accuracy within 161 km and median error. */
export function summarise(c: ScoreCounts): Scores {
	const precision = c.predicted ? c.matched / c.predicted : 0;
	const recall = c.gold ? c.matched / c.gold : 0;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	const ep = c.predicted ? c.exact / c.predicted : 0;
	const er = c.gold ? c.exact / c.gold : 0;
	const sorted = [...c.errorsKm].sort((a, b) => a - b);
	return {
		precision,
		recall,
		f1,
		exactF1: ep + er ? (2 * ep * er) / (ep + er) : 0,
		acc161: sorted.length ? sorted.filter((d) => d <= 161).length / sorted.length : 0,
		medianKm: sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : 0,
		resolved: sorted.length
	};
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	return a.start < b.end && b.start < a.end;
}
