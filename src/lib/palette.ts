/**
 * The colours of the data layers, shared by the map styles and the legend so the two cannot drift.
 * Chosen to stay distinguishable for the common colour-vision deficiencies and to pass 3:1 against
 * the basemap's land colour.
 */
import type { EventType, PlaceKind } from './domain/records/vocabulary';

export const KIND_COLOURS: Record<PlaceKind, string> = {
	country: '#5c5c5c',
	region: '#b35806',
	city: '#1d4e89',
	town: '#2a7fb8',
	facility: '#762a83',
	landmark: '#762a83',
	area: '#1b7837'
};

/** Event types in families, each family one colour: violence, diplomacy, arms, other. */
export const EVENT_FAMILIES = [
	{ label: 'Violence', colour: '#c51b1b', types: ['war', 'battle', 'siege', 'massacre', 'execution', 'bombing', 'assassination', 'attack', 'raid', 'airstrike', 'displacement', 'kidnapping', 'death-in-custody', 'detainee-abuse'] },
	{ label: 'Diplomacy', colour: '#1d6fa3', types: ['visit', 'meeting', 'agreement', 'statement', 'denial'] },
	{ label: 'Arms and forces', colour: '#e08214', types: ['weapons-transfer', 'deployment'] },
	{ label: 'Other', colour: '#4d4d4d', types: ['sanctions', 'renaming', 'plot', 'capture', 'release'] }
] as const satisfies readonly { label: string; colour: string; types: readonly EventType[] }[];

/** The colour of an event type. */
export function eventColour(type: EventType): string {
	return EVENT_FAMILIES.find((f) => (f.types as readonly string[]).includes(type))?.colour ?? '#4d4d4d';
}

export const HIGHLIGHT = '#ffb000';
export const SELECTED = '#000000';
/** The pin a reader drags to place a place by hand, and the bar that goes with it: a colour no place kind or event family uses. */
export const PLACING = '#d6336c';
