/** Human labels for the codes the data uses. */
import type { EventType, PlaceKind } from '../records/vocabulary';

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
	visit: 'Visit',
	meeting: 'Meeting',
	agreement: 'Agreement',
	war: 'War',
	battle: 'Battle',
	siege: 'Siege',
	massacre: 'Massacre',
	execution: 'Executions',
	bombing: 'Bombing',
	assassination: 'Assassination',
	attack: 'Attack',
	plot: 'Plot or attempt (no one killed)',
	kidnapping: 'Kidnapping',
	capture: 'Capture',
	release: 'Release of a prisoner',
	'death-in-custody': 'Death in captivity',
	'detainee-abuse': 'Abuse of detainees',
	raid: 'Raid',
	'weapons-transfer': 'Weapons transfer',
	deployment: 'Deployment',
	airstrike: 'Air strike',
	sanctions: 'Sanctions',
	statement: 'Statement',
	denial: 'Denial',
	renaming: 'Renaming',
	displacement: 'Displacement'
};

export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
	country: 'Country',
	region: 'Province / region',
	city: 'City',
	town: 'Town',
	facility: 'Facility',
	landmark: 'Landmark',
	area: 'Area / border'
};

export const LANGUAGE_LABELS: Record<string, string> = { ar: 'Arabic', fa: 'Persian', ku: 'Kurdish', tr: 'Turkish', he: 'Hebrew', es: 'Spanish' };
