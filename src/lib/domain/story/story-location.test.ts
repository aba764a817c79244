import { describe, expect, it } from 'vitest';
import type { IndexStory } from '../atlas-index';
import { readStoryLocation, storyLocationQuery } from './story-location';

const step = { heading: 'h', text: 't', notes: '', view: '?', citations: [] };
const stories: IndexStory[] = [
	{ id: 'first', title: 'First', description: '', file: 'a.yaml', steps: [step, step, step] },
	{ id: 'second', title: 'Second', description: '', file: 'b.yaml', steps: [step, step, step, step, step, step, step, step] }
];

describe('story location', () => {
	it('resumes a talk at step 7 from its URL, and writes that URL back', () => {
		const loc = readStoryLocation(new URLSearchParams(storyLocationQuery('second', 6)), stories);
		expect(loc).toEqual({ story: stories[1], step: 6, notices: [] });
	});

	it('falls back to the first story and step, saying what it ignored', () => {
		expect(readStoryLocation(new URLSearchParams('story=nope&step=99'), stories)).toEqual({
			story: stories[0],
			step: 0,
			notices: ['Ignored “story=nope”: no such story.', 'Ignored “step=99”: this story has steps 1 to 3.']
		});
		expect(readStoryLocation(new URLSearchParams('step=<b>2</b>'), stories).notices).toHaveLength(1);
	});
});
