/**
 * The map as a PNG to put in a report or a slide: the map as drawn now, with a title, what is shown,
 * a legend of the marks in view, the date, a citation line and the permalink that reopens this view.
 */
import { frameLabel, parseFrame } from '$lib/domain/filter/time-frame';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describeCorpus, type CorpusInfo } from '$lib/domain/format/describe-corpus';
import { EVENT_TYPE_LABELS, PLACE_KIND_LABELS } from '$lib/domain/format/labels';
import { EVENT_FAMILIES, KIND_COLOURS } from '$lib/palette';
import type { AtlasState } from '$lib/state/atlas-state.svelte';

const FONT = "'Noto Sans', system-ui, sans-serif";
const INK = '#1c1a17';
const MUTED = '#57524b';

/** The map's current frame, copied while its drawing buffer is still there (right after a render). */
function grabFrame(map: MapLibreMap): Promise<HTMLCanvasElement> {
	return new Promise((resolve) => {
		map.once('render', () => {
			const src = map.getCanvas();
			const copy = document.createElement('canvas');
			copy.width = src.width;
			copy.height = src.height;
			copy.getContext('2d')!.drawImage(src, 0, 0);
			resolve(copy);
		});
		map.triggerRepaint();
	});
}

/** Words of `text` in lines no wider than `width`. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (line && ctx.measureText(next).width > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** What the filters show, in words: "12 of 33 places and 4 of 62 events: Siege; 2010–2015". */
function shownLine(atlas: AtlasState): string {
	const index = atlas.data!.index;
	const f = atlas.filters;
	const names = new Map([...index.groups, ...index.people].map((a) => [a.id, a.name]));
	const parts = [
		f.groups.length ? f.groups.map((g) => names.get(g) ?? g).join(', ') : '',
		f.types.length ? f.types.map((t) => EVENT_TYPE_LABELS[t]).join(', ') : '',
		f.kinds.length ? f.kinds.map((k) => PLACE_KIND_LABELS[k]).join(', ') : '',
		f.articles.length ? `${f.articles.length} article${f.articles.length > 1 ? 's' : ''}` : '',
		f.frame ? frameLabel(parseFrame(f.frame)!) : f.from > 1000 || f.to < 2999 ? `${f.from > 1000 ? f.from : '…'}–${f.to < 2999 ? f.to : '…'}` : '',
		f.q.trim() ? `“${f.q.trim()}”` : '',
		f.reviewedOnly ? 'reviewed places only' : ''
	].filter(Boolean);
	const counts = `${atlas.visible.places.size} of ${index.places.length} places and ${atlas.visible.events.size} of ${index.events.length} events`;
	return parts.length ? `${counts} — filtered: ${parts.join('; ')}` : `${counts} (no filter)`;
}

/** The legend rows for what the view shows: place kinds, event families, and the marks for inference. */
function legendRows(atlas: AtlasState): { draw: (ctx: CanvasRenderingContext2D, x: number, y: number, s: number) => void; label: string }[] {
	const index = atlas.data!.index;
	const places = index.places.filter((p) => atlas.visible.places.has(p.id));
	const kinds = [...new Set(places.map((p) => p.kind))] as (keyof typeof KIND_COLOURS)[];
	const types = new Set(index.events.filter((e) => atlas.visible.events.has(e.id)).map((e) => e.type as string));
	const ring = (k: string) => ['country', 'region', 'area'].includes(k);
	const circle = (fill: string | null, stroke: string, width: number, alpha = 0.85) => (ctx: CanvasRenderingContext2D, x: number, y: number, s: number) => {
		ctx.beginPath();
		ctx.arc(x, y, 6 * s, 0, Math.PI * 2);
		if (fill) {
			ctx.globalAlpha = alpha;
			ctx.fillStyle = fill;
			ctx.fill();
			ctx.globalAlpha = 1;
		}
		ctx.lineWidth = width * s;
		ctx.strokeStyle = stroke;
		ctx.stroke();
	};
	return [
		...kinds.map((k) => ({ draw: circle(ring(k) ? null : KIND_COLOURS[k], KIND_COLOURS[k], ring(k) ? 2.5 : 1.2), label: PLACE_KIND_LABELS[k] ?? k })),
		...(places.some((p) => p.unreviewed) ? [{ draw: circle(KIND_COLOURS.city, KIND_COLOURS.city, 2.5, 0.12), label: 'Hollow place: machine-found, unreviewed' }] : []),
		...EVENT_FAMILIES.filter((f) => f.types.some((t) => types.has(t))).map((f) => ({ draw: circle(f.colour, '#ffffff', 1.5, 1), label: `Event: ${f.label.toLowerCase()}` })),
		...(types.size ? [{ draw: circle('#ffffff', EVENT_FAMILIES[0].colour, 2.5, 1), label: 'Hollow event: placed by the editors' }] : [])
	];
}

/** The PNG of the current view. */
export async function mapPng(atlas: AtlasState, map: MapLibreMap): Promise<Blob> {
	const index = atlas.data?.index;
	if (!index) throw new Error('The data is not loaded yet.');
	await document.fonts?.ready;
	const frame = await grabFrame(map);
	const s = frame.width / map.getCanvas().clientWidth;
	const W = frame.width;
	const pad = 16 * s;
	const corpus = describeCorpus(index.articles, (index as { corpus?: CorpusInfo }).corpus);
	const measure = document.createElement('canvas').getContext('2d')!;

	measure.font = `700 ${20 * s}px ${FONT}`;
	const title = wrap(measure, corpus.pageTitle.replace(/^Source Atlas — /, ''), W - 2 * pad);
	measure.font = `${13 * s}px ${FONT}`;
	const shown = wrap(measure, shownLine(atlas), W - 2 * pad);
	measure.font = `${11 * s}px ${FONT}`;
	const today = new Date().toISOString().slice(0, 10);
	const citation = wrap(measure, `Source Atlas, ${corpus.subtitle}: ${corpus.outlets}. Map made ${today}; each mark traces to a quoted sentence, attributed to its outlet. Basemap: Natural Earth, world-countries (ODbL 1.0); places: curated gazetteer and GeoNames (CC BY 4.0).`, W - 2 * pad);
	const link = wrap(measure, `This view: ${location.href}`, W - 2 * pad);
	const head = pad + title.length * 26 * s + shown.length * 18 * s + 6 * s;
	const foot = 8 * s + (citation.length + link.length) * 15 * s + pad;

	const out = document.createElement('canvas');
	out.width = W;
	out.height = Math.round(head + frame.height + foot);
	const ctx = out.getContext('2d')!;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, out.width, out.height);
	ctx.textBaseline = 'top';
	let y = pad;
	ctx.fillStyle = INK;
	ctx.font = `700 ${20 * s}px ${FONT}`;
	for (const l of title) ctx.fillText(l, pad, y), (y += 26 * s);
	ctx.fillStyle = MUTED;
	ctx.font = `${13 * s}px ${FONT}`;
	for (const l of shown) ctx.fillText(l, pad, y), (y += 18 * s);
	ctx.drawImage(frame, 0, head);

	// The legend in the map's lower left corner, on a white card.
	const rows = legendRows(atlas);
	if (rows.length) {
		ctx.font = `${12 * s}px ${FONT}`;
		const width = Math.max(...rows.map((r) => ctx.measureText(r.label).width)) + 38 * s;
		const height = rows.length * 18 * s + 12 * s;
		const x0 = 10 * s;
		const y0 = head + frame.height - height - 10 * s;
		ctx.fillStyle = 'rgba(255,255,255,0.94)';
		ctx.strokeStyle = '#9d968b';
		ctx.lineWidth = 1 * s;
		ctx.fillRect(x0, y0, width, height);
		ctx.strokeRect(x0, y0, width, height);
		rows.forEach((r, i) => {
			const cy = y0 + 6 * s + i * 18 * s + 9 * s;
			r.draw(ctx, x0 + 14 * s, cy, s);
			ctx.fillStyle = INK;
			ctx.textBaseline = 'middle';
			ctx.fillText(r.label, x0 + 28 * s, cy);
		});
		ctx.textBaseline = 'top';
	}

	y = head + frame.height + 8 * s;
	ctx.fillStyle = MUTED;
	ctx.font = `${11 * s}px ${FONT}`;
	for (const l of [...citation, ...link]) ctx.fillText(l, pad, y), (y += 15 * s);
	return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'));
}
