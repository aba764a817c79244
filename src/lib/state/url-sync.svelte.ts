/**
 * Keeps the URL and the dashboard state in step: the URL is read once the data is known (ids can
 * then be checked), every change of filters or selection is a new history entry (back/forward
 * work), camera moves and playback frames replace the current one. Only the dashboard's own address is read or written:
 * a Back or Forward to another page (a presentation's step) fires popstate here first, with that
 * page's address already in the bar. The code that reads and writes links loads with the data for a
 * link with parameters, and otherwise with the first change: a bare address is the default state.
 */
import { pushState, replaceState } from '$app/navigation';
import type { AtlasState } from './atlas-state.svelte';

type UrlCode = typeof import('$lib/domain/filter/url-state');

/** What the dashboard waits for with its data: the code to read the link, when the link has parameters. */
export interface UrlSync {
	/** Resolves once the link can be read (at once for a bare address). */
	ready(): Promise<unknown>;
}

/** Starts syncing; call during component initialisation (it stops with the component). */
export function syncUrl(atlas: AtlasState): UrlSync {
	// State, not a plain flag: the writing effect must re-run once loading flips it.
	let loaded = $state(false);
	let code = $state.raw<UrlCode | undefined>();
	let loading: Promise<UrlCode> | undefined;
	const load = () => (loading ??= import('$lib/domain/filter/url-state').then((m) => (code = m)));
	let current = '';
	let lastPush = -Infinity;
	let path = '';
	const here = () => location.pathname === path;

	const read = (c: UrlCode) => {
		const { state, notices } = c.fromSearchParams(new URLSearchParams(location.search), atlas.known);
		atlas.applyUrlState(state);
		const outside = c.timeRangeNotice(state.filters, atlas.years);
		atlas.notices = outside ? [...notices, outside] : notices;
		current = withoutTransient(c.toSearchParams(atlas.urlState()));
	};

	$effect(() => {
		if (!atlas.data || loaded) return;
		// Runs again once the code is there.
		if (location.search && !code) return void load();
		path = location.pathname;
		loaded = true;
		// A bare address: the state is the default one, whose link is empty.
		if (code) read(code);
		else current = '';
	});

	// The first run writes the state just read; any later run is a change.
	let first = true;
	$effect(() => {
		if (!loaded) return;
		const state = atlas.urlState();
		// A Back/Forward that arrives before the link code has loaded: until it is read, the state on screen is
		// not the address's, and writing it would overwrite the address the reader went to.
		if (atlas.addressPending) return;
		if (!code) {
			if (!first) load();
			first = false;
			return;
		}
		first = false;
		const params = code.toSearchParams(state);
		const query = params.toString();
		if (!here()) return;
		const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
		if (url === `${location.pathname}${location.search}${location.hash}`) return;
		const meaningful = withoutTransient(params);
		// A drag along the timeline or a word typed in the search box is one step back, not forty. Opening
		// or closing the reader is always its own step, however quickly it follows another: Back closes it.
		const readerToggled = new URLSearchParams(current).has('read') !== params.has('read');
		const burst = performance.now() - lastPush < 800 && !readerToggled;
		if (meaningful !== current && !burst) {
			current = meaningful;
			lastPush = performance.now();
			pushState(url, {});
		} else {
			if (meaningful !== current) lastPush = performance.now();
			current = meaningful;
			replaceState(url, {});
		}
	});

	// Effects run only in the browser, so prerendering never touches window.
	$effect(() => {
		const onPop = () => {
			if (!loaded || !here()) return;
			if (code) return read(code);
			atlas.addressPending = true;
			load().then((c) => {
				atlas.addressPending = false;
				read(c);
			});
		};
		window.addEventListener('popstate', onPop);
		return () => window.removeEventListener('popstate', onPop);
	});

	return { ready: () => (location.search ? load() : Promise.resolve()) };
}

/**
 * The state a history entry stands for: the link without the camera, and with only whether a playback
 * frame shows, not which. Camera moves and frame after frame replace the current entry; starting or
 * stopping playback is one step back (a played period is one step, not one per year).
 */
function withoutTransient(params: URLSearchParams): string {
	const p = new URLSearchParams(params);
	p.delete('at');
	if (p.has('frame')) p.set('frame', 'shown');
	return p.toString();
}
