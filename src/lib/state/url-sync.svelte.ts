/**
 * Keeps the URL and the dashboard state in step: the URL is read once the data is known (ids can
 * then be checked), every change of filters or selection is a new history entry (back/forward
 * work), camera moves and playback frames replace the current one. Only the dashboard's own address is read or written:
 * a Back or Forward to another page (a presentation's step) fires popstate here first, with that
 * page's address already in the bar.
 */
import { pushState, replaceState } from '$app/navigation';
import { fromSearchParams, timeRangeNotice, toSearchParams } from '$lib/domain/filter/url-state';
import type { AtlasState } from './atlas-state.svelte';

/** Starts syncing; call during component initialisation (it stops with the component). */
export function syncUrl(atlas: AtlasState): void {
	// State, not a plain flag: the writing effect must re-run once loading flips it.
	let loaded = $state(false);
	let current = '';
	let lastPush = -Infinity;
	let path = '';
	const here = () => location.pathname === path;

	const read = () => {
		const { state, notices } = fromSearchParams(new URLSearchParams(location.search), atlas.known);
		atlas.applyUrlState(state);
		const outside = timeRangeNotice(state.filters, atlas.years);
		atlas.notices = outside ? [...notices, outside] : notices;
		current = withoutTransient(toSearchParams(atlas.urlState()));
	};

	$effect(() => {
		if (!atlas.data || loaded) return;
		path = location.pathname;
		loaded = true;
		read();
	});

	$effect(() => {
		if (!loaded) return;
		const params = toSearchParams(atlas.urlState());
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
			if (loaded && here()) read();
		};
		window.addEventListener('popstate', onPop);
		return () => window.removeEventListener('popstate', onPop);
	});
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
