/**
 * The closed vocabularies of the data, as plain constants: the schemas validate against them at
 * build time, and the app reads them without shipping a schema library to the browser.
 */

export const PLACE_KINDS = ['country', 'region', 'city', 'town', 'facility', 'landmark', 'area'] as const;

export const EVENT_TYPES = [
	'visit',
	'meeting',
	'agreement',
	'war',
	'battle',
	'siege',
	'massacre',
	'execution',
	'bombing',
	'assassination',
	'attack',
	'plot',
	'kidnapping',
	'capture',
	'release',
	'death-in-custody',
	'detainee-abuse',
	'raid',
	'weapons-transfer',
	'deployment',
	'airstrike',
	'sanctions',
	'statement',
	'denial',
	'renaming',
	'displacement'
] as const;

export type PlaceKind = (typeof PLACE_KINDS)[number];
export type EventType = (typeof EVENT_TYPES)[number];

/** True when `v` is a place kind. */
export const isPlaceKind = (v: string): v is PlaceKind => (PLACE_KINDS as readonly string[]).includes(v);
/** True when `v` is an event type. */
export const isEventType = (v: string): v is EventType => (EVENT_TYPES as readonly string[]).includes(v);

/** What kind of organisation a group is. */
export const GROUP_TYPES = [
	'government',
	'ministry',
	'agency',
	'armed-force',
	'militia',
	'insurgent-group',
	'international-organisation',
	'ngo',
	'other'
] as const;
