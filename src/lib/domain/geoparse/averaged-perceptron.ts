/**
 * A greedy averaged-perceptron sequence tagger (Collins 2002): fast to train in plain TypeScript, fast
 * to run, and its model is a JSON table of feature weights a browser can load.
 */

/** A trained model: for each feature, one weight per tag. */
export interface PerceptronModel {
	tags: string[];
	weights: Record<string, number[]>;
}

/** One training sequence: static features per token, the gold tag index per token (-1: no evidence, skip). */
export interface TrainingSequence {
	features: string[][];
	gold: number[];
}

/** Options for training. */
export interface TrainOptions {
	epochs?: number;
	/** Deterministic shuffling between epochs. */
	seed?: number;
	/** Drop averaged weights smaller than this from the saved model. */
	prune?: number;
}

/**
 * Scores each tag for one token: the static features plus the previous tag.
 *
 * @example scoreTags(model, ['w=iraq'], 'O')
 */
export function scoreTags(weights: { get(f: string): ArrayLike<number> | undefined }, features: readonly string[], prevTag: string, nTags: number): number[] {
	const scores = new Array<number>(nTags).fill(0);
	// A plain loop without closures: this is the tagger's inner loop, run for every feature of every token.
	for (let k = 0; k <= features.length + 1; k++) {
		const f = k < features.length ? features[k]! : k === features.length ? `pt=${prevTag}` : features.length ? `pt=${prevTag}|${features[0]}` : '';
		const w = weights.get(f);
		if (w) for (let t = 0; t < nTags; t++) scores[t]! += w[t]!;
	}
	return scores;
}

/**
 * Trains the tagger. Each mistake moves weight from the guessed tag to the gold tag; the saved weights
 * are averaged over every step, which is what makes the perceptron generalise.
 */
export function trainPerceptron(tags: readonly string[], data: readonly TrainingSequence[], options: TrainOptions = {}): PerceptronModel {
	const n = tags.length;
	const weights = new Map<string, Float64Array>();
	const totals = new Map<string, Float64Array>();
	const stamps = new Map<string, Float64Array>();
	let step = 0;
	const get = (m: Map<string, Float64Array>, f: string) => {
		let v = m.get(f);
		if (!v) {
			v = new Float64Array(n);
			m.set(f, v);
		}
		return v;
	};
	const update = (f: string, tag: number, delta: number) => {
		const w = get(weights, f);
		const tot = get(totals, f);
		const st = get(stamps, f);
		tot[tag]! += (step - st[tag]!) * w[tag]!;
		st[tag] = step;
		w[tag]! += delta;
	};
	const order = data.map((_, i) => i);
	let seed = options.seed ?? 1;
	const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	for (let epoch = 0; epoch < (options.epochs ?? 6); epoch++) {
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[order[i], order[j]] = [order[j]!, order[i]!];
		}
		for (const idx of order) {
			const seq = data[idx]!;
			let prev = 'START';
			for (let t = 0; t < seq.features.length; t++) {
				step++;
				const feats = seq.features[t]!;
				const scores = scoreTags(weights, feats, prev, n);
				let guess = 0;
				for (let k = 1; k < n; k++) if (scores[k]! > scores[guess]!) guess = k;
				const gold = seq.gold[t]!;
				if (gold >= 0 && guess !== gold) {
					const all = [...feats, `pt=${prev}`, ...(feats.length ? [`pt=${prev}|${feats[0]}`] : [])];
					for (const f of all) {
						update(f, gold, 1);
						update(f, guess, -1);
					}
				}
				prev = tags[gold >= 0 ? gold : guess]!;
			}
		}
	}
	const prune = options.prune ?? 0.001;
	const out: Record<string, number[]> = {};
	for (const [f, w] of weights) {
		const tot = totals.get(f)!;
		const st = stamps.get(f)!;
		const avg = Array.from(w, (x, t) => (tot[t]! + (step - st[t]!) * x) / step);
		if (avg.some((x) => Math.abs(x) >= prune)) out[f] = avg.map((x) => Math.round(x * 1e4) / 1e4);
	}
	return { tags: [...tags], weights: out };
}

/**
 * Tags one sequence greedily, left to right. Tokens marked `plain` that follow an outside tag are
 * tagged outside (the first tag) without scoring.
 *
 * @example predictTags(model, [['w=baghdad', 'shape=Xx']]) // ['B']
 */
export function predictTags(
	model: PerceptronModel,
	features: readonly (readonly string[])[] | { length: number; at(i: number): readonly string[] },
	weights = indexWeights(model),
	plain?: readonly boolean[]
): string[] {
	const out: string[] = [];
	let prev = 'START';
	const featuresAt = Array.isArray(features) ? (i: number) => (features as readonly (readonly string[])[])[i]! : (features as { at(i: number): readonly string[] }).at;
	for (let i = 0; i < features.length; i++) {
		// Lower-case words and punctuation outside any gazetteer name cannot start a toponym: skip scoring.
		if (plain?.[i] && (prev === 'O' || prev === 'START')) {
			prev = model.tags[0]!;
			out.push(prev);
			continue;
		}
		const feats = featuresAt(i);
		const scores = scoreTags(weights, feats, prev, model.tags.length);
		let best = 0;
		for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
		prev = model.tags[best]!;
		out.push(prev);
	}
	return out;
}

/** The model's weights as a Map, for fast look-up (build once per model). */
export function indexWeights(model: PerceptronModel): Map<string, number[]> {
	return new Map(Object.entries(model.weights));
}
