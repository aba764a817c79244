/**
 * "Add this view to a story": the dashboard's current view as a story step record, ready to paste
 * into a story file under `steps:`. Strings are written as JSON strings, which YAML reads verbatim.
 */

/** What a new step starts from. */
export interface StepDraft {
	heading: string;
	view: string;
	citation?: { article: string; quote: string };
}

/**
 * Writes the step as YAML, indented for a story's `steps:` list.
 *
 * @example stepRecord({ heading: 'Amerli', view: '?place=amerli' }).startsWith('  - heading: "Amerli"')
 */
export function stepRecord(draft: StepDraft): string {
	const s = (v: string) => JSON.stringify(v);
	const lines = [
		`  - heading: ${s(draft.heading)}`,
		`    text: ${s('What this step shows, in a sentence or two.')}`,
		`    notes: ${s('Speaker notes.')}`,
		`    view: ${s(draft.view)}`,
		'    citations:'
	];
	if (draft.citation) lines.push(`      - article: ${draft.citation.article}`, `        quote: ${s(draft.citation.quote)}`);
	else lines.push('      - article: ARTICLE-ID', `        quote: ${s('A verbatim sentence of that article.')}`);
	return `${lines.join('\n')}\n`;
}
