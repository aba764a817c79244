/**
 * Story checks: every step's view must be a dashboard state the URL parser accepts in full (no id it
 * does not know, no value it would drop), and every citation must stand verbatim in an article body.
 */
import type { AtlasIndex, IndexStory } from '../atlas-index';
import { fromSearchParams } from '../filter/url-state';
import { knownIds } from '../filter/known-ids';
import type { InputProblem } from '../records/input-problem';
import { locateQuote } from '../records/locate-quote';
import type { Story } from '../records/schema';
import type { BodyLayout } from '../text/body-spans';

/** What a story check needs of an article: its text and where its body is. */
export interface StoryArticle {
	input: { text: string; file: string };
	layout: Pick<BodyLayout, 'body' | 'excluded'>;
}

/**
 * Checks the stories and locates their citations.
 *
 * @example checkStories([{ file, data: story }], index, (id) => articles.get(id)).problems // []
 */
export function checkStories(
	stories: readonly { file: string; data: Story }[],
	index: AtlasIndex,
	article: (id: string) => StoryArticle | undefined
): { stories: IndexStory[]; problems: InputProblem[] } {
	const problems: InputProblem[] = [];
	const known = knownIds(index);
	const seen = new Set<string>();
	const out: IndexStory[] = [];
	for (const { file, data } of stories) {
		if (seen.has(data.id)) problems.push({ file, where: 'id', message: `another story already has id "${data.id}"; ids must be unique` });
		seen.add(data.id);
		const steps = data.steps.map((step, n) => {
			const where = (field: string) => `steps[${n}] (step ${n + 1}, "${step.heading}") › ${field}`;
			const { notices } = fromSearchParams(new URLSearchParams(step.view), known);
			for (const notice of notices) problems.push({ file, where: where('view'), message: `${notice} Copy the view from the dashboard's address bar or its "Add this view to a story" button.` });
			const citations = step.citations.flatMap((c, k) => {
				const a = article(c.article);
				if (!a) {
					problems.push({ file, where: where(`citations[${k}].article`), message: `no article "${c.article}"; use one of: ${index.articles.map((x) => x.id).join(', ')}` });
					return [];
				}
				const found = locateQuote(a.input.text, c.quote, a.layout.body, a.layout.excluded);
				if (!found.ok) {
					problems.push({ file, where: where(`citations[${k}].quote`), message: `${found.message} (article ${c.article}, ${a.input.file})` });
					return [];
				}
				return [{ ...c, ...found.span }];
			});
			return { heading: step.heading, text: step.text, notes: step.notes, view: step.view, citations };
		});
		out.push({ id: data.id, title: data.title, description: data.description, file, steps });
	}
	return { stories: out, problems };
}
