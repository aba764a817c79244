/**
 * Where a presentation is: which story and which step, read from and written to the URL
 * (`?story=ID&step=7`, steps counted from 1 as a presenter says them).
 */
import type { IndexStory } from '../atlas-index';

/** A story and a 0-based step index, with notices for anything in the URL that had to be corrected. */
export interface StoryLocation {
	story: IndexStory | undefined;
	step: number;
	notices: string[];
}

/**
 * Reads the location, falling back to the first story and the first step.
 *
 * @example readStoryLocation(new URLSearchParams('step=7'), stories).step === 6
 */
export function readStoryLocation(params: URLSearchParams, stories: readonly IndexStory[]): StoryLocation {
	const notices: string[] = [];
	const wanted = params.get('story');
	let story = stories.find((s) => s.id === wanted);
	if (wanted !== null && !story) notices.push(`Ignored “story=${wanted.slice(0, 40)}”: no such story.`);
	story ??= stories[0];
	const raw = params.get('step');
	let step = 0;
	if (raw !== null && story) {
		const n = Number(raw);
		if (!/^\d{1,4}$/.test(raw) || n < 1 || n > story.steps.length) notices.push(`Ignored “step=${raw.slice(0, 40)}”: this story has steps 1 to ${story.steps.length}.`);
		else step = n - 1;
	}
	return { story, step, notices };
}

/** The query string of a location. */
export function storyLocationQuery(storyId: string, step: number): string {
	return `?story=${encodeURIComponent(storyId)}&step=${step + 1}`;
}
