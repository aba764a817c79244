import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Story } from '../records/schema';
import { stepRecord } from './step-record';

describe('stepRecord', () => {
	it('writes a step a story file accepts as is, quotes and query intact', () => {
		const quote = 'Since then, however,  U.S. warplanes have provided indirect air support to Asaib Ahl al-Haq and Kataib Hezbollah';
		const yamlStep = stepRecord({ heading: 'Amerli: “the siege”', view: '?at=7/34.7/44.6&group=kataib-hezbollah&place=amerli', citation: { article: 'blog-2015-iran-beachhead', quote } });
		const story = Story.parse(parse(`id: s\ntitle: T\nsteps:\n${yamlStep}`));
		expect(story.steps[0]).toMatchObject({ heading: 'Amerli: “the siege”', view: '?at=7/34.7/44.6&group=kataib-hezbollah&place=amerli', citations: [{ article: 'blog-2015-iran-beachhead', quote }] });
	});
});
