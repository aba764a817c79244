/**
 * The build's "stay true" checks, each fed a deliberately broken copy of the real corpus: a place no
 * quote puts the event at, a participant no quote names, a date more precise than its quote, a title
 * that words an allegation as fact, an ambiguous quote, a republished piece that cannot be found, a
 * dated group link that is not a date. Each must fail the build with the record and the field named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGeodata, type GeodataInputs } from '../../src/lib/domain/build-geodata';
import type { Event } from '../../src/lib/domain/records/schema';
import { loadGeonames } from './load-geonames';
import { loadInputs } from './load-inputs';

let pristine: GeodataInputs;

beforeAll(async () => {
	pristine = await loadInputs('geodata', loadGeonames());
});

/** A copy of the inputs with one change applied; the change gets the event by id. */
function broken(change: (inputs: GeodataInputs, event: (id: string) => Event) => void): string {
	const inputs: GeodataInputs = { ...pristine, ...structuredClone({ articles: pristine.articles, gazetteer: pristine.gazetteer, actors: pristine.actors, events: pristine.events }) };
	change(inputs, (id) => {
		const e = inputs.events.data.events.find((x) => x.id === id);
		if (!e) throw new Error(`no event ${id}`);
		return e;
	});
	try {
		buildGeodata(inputs);
	} catch (e) {
		return (e as Error).message;
	}
	throw new Error('the build accepted the broken input');
}

describe('the shipped corpus', () => {
	it('passes every check', () => {
		expect(() => buildGeodata(pristine)).not.toThrow();
	});
});

describe('a place must be placed by a quote, or marked inferred', () => {
	it('refuses “U.S. forces” as the place of al-Maliki’s meeting with Obama: an adjective, not a location', () => {
		const message = broken((_, e) => (e('maliki-to-meet-obama-2011').places = [{ place: 'united-states', role: 'location', quoted: 'U.S. forces' }]));
		expect(message).toMatch(/event "maliki-to-meet-obama-2011" \(#\d+\) › places\[0\]: "U\.S\. forces" names United States but does not place the event there/);
	});

	it('refuses Baghdad for the 255 executions: the words are from another report, not the event’s quote', () => {
		const message = broken((_, e) => e('execution-of-255-sunni-prisoners-2014').places.push({ place: 'baghdad', role: 'location', quoted: 'in Baghdad' }));
		expect(message).toContain('event "execution-of-255-sunni-prisoners-2014"');
		expect(message).toContain('"in Baghdad" is not in any of the event\'s quotes');
	});

	it('asks for the words or the reason when a place has neither', () => {
		const message = broken((_, e) => (e('us-troops-leave-iraq-2011').places = [{ place: 'united-states', role: 'destination' }]));
		expect(message).toMatch(/us-troops-leave-iraq-2011.* › places\[0\]: say which words of a quote place the event at United States \("quoted"/);
	});

	it('lets a demonym place an origin only: “Iranian weapons” come from Iran, “Syrian pilots” do not make Syria a destination', () => {
		const message = broken((_, e) => (e('syrian-pilots-in-yemen-2011').places[0]!.role = 'destination'));
		expect(message).toContain('"Syrian" is an adjective for Syria\'s people; it places only an origin');
	});
});

describe('every participant is named in a quote, or marked inferred', () => {
	it('refuses the Iraqi Army in the advance on Baghdad: neither quote names it', () => {
		const message = broken((_, e) => e('isis-advance-on-baghdad-2014').participants.push({ actor: 'iraqi-army', role: 'defender' }));
		expect(message).toMatch(/isis-advance-on-baghdad-2014.* › participants\[1\]: "iraqi-army" is not named in any of the event's quotes/);
	});

	it('refuses a title that names a participant the quotes do not', () => {
		const message = broken((_, e) => {
			const ev = e('isis-advance-on-baghdad-2014');
			ev.participants.push({ actor: 'iraqi-army', role: 'defender', inferred: 'The editors’ reading of the northern collapse.' });
			ev.title = 'ISIS advance on Baghdad reported as the Iraqi Army collapses';
		});
		expect(message).toContain('› title: the title names Iraqi Army, whom no quote names');
	});
});

describe('a date is no more precise than its quotes, or says how it was derived', () => {
	it('refuses the Kerry remark’s month as the date of Iran’s strikes when nothing says so', () => {
		const message = broken((_, e) => {
			const d = e('iran-airstrikes-against-isis-iraq-2014').date;
			delete d.inferred;
			delete d.bound;
		});
		expect(message).toMatch(/iran-airstrikes-against-isis-iraq-2014.* › date: no quote states the year 2014 of 2014-12/);
	});

	it('refuses a guessed year: “Earlier” gives none', () => {
		const message = broken((_, e) => (e('iranian-foreign-minister-visits-baghdad-2011').date = { start: '2011', precision: 'year' }));
		expect(message).toContain('no quote states the year 2011 of 2011');
	});

	it('refuses an approximate or open-ended date without the editors’ reason', () => {
		const message = broken((_, e) => delete e('suleimani-meets-maliki-in-baghdad-2013').date.inferred);
		expect(message).toContain('an open-ended date is the editors\' reading; say how it is derived in date.inferred');
	});

	it('accepts a day the quote states in full: “On August 22, 2014”', () => {
		expect(() => broken((_, e) => delete e('diyala-mosque-massacre-2014').date.inferred)).toThrow('accepted');
	});
});

describe('titles word allegations as allegations', () => {
	it('refuses “Suleimani flies to Iraq” when the report credits American officials', () => {
		const message = broken((_, e) => (e('suleimani-flies-to-iraq-2014').title = 'Suleimani flies to Iraq with dozens of officers'));
		expect(message).toMatch(/suleimani-flies-to-iraq-2014.* › title: a source hedges this event \(“.*American officials said/);
	});

	it('refuses an opinion piece’s accusation stated as fact (EFPs from Mehran)', () => {
		const message = broken((_, e) => (e('efps-smuggled-from-mehran').title = 'Badr intelligence chief smuggles EFPs into Iraq from Mehran'));
		expect(message).toContain('only opinion pieces report this weapons transfer');
	});

	it('does not count a direct quotation’s “Zebari said” as hedging the visit', () => {
		expect(() => broken((_, e) => (e('zebari-visits-iran-2011').title = 'Babakir Zebari visits Iran'))).toThrow('accepted');
	});
});

describe('claims attach to a part of an event', () => {
	it('keeps the 2005 agreement uncontested as a whole: only the training clause is denied', () => {
		const built = buildGeodata(pristine).index.events.find((e) => e.id === 'iran-iraq-military-cooperation-agreement-2005')!;
		expect(built.contested).toBe(false);
		expect(built.contestedAspects).toEqual(['training']);
	});

	it('names an aspect the event does not define', () => {
		const message = broken((_, e) => (e('iran-iraq-military-cooperation-agreement-2005').claims[1]!.aspect = 'aid'));
		expect(message).toContain('› claims[1].aspect: no aspect "aid" in this event\'s "aspects"');
	});
});

describe('text that is there twice is cited once', () => {
	it('refuses a quote the body holds twice once 004’s repeated intro passage counts as body again', () => {
		const message = broken((inputs) => {
			const blog = inputs.articles.find((a) => a.meta.id === 'blog-2015-iran-beachhead')!;
			blog.meta.notBody = blog.meta.notBody.filter((n) => n.kind !== 'repeated-passage');
		});
		expect(message).toMatch(/fall-of-mosul-2014.* › claims\[1\]\.quote: the quote occurs 2 times in the article body/);
	});
});

describe('republished pieces and dated group links', () => {
	it('names the piece anchor that is not in the text', () => {
		const message = broken((inputs) => {
			inputs.articles.find((a) => a.meta.id === 'nyt-2014-suleimani-iraq')!.meta.pieces[0]!.from.text = 'By Erik Schmitt';
		});
		expect(message).toContain('003_bbfa1784b879b3b7.meta.json: pieces[0].from: its text "By Erik Schmitt" does not occur');
	});

	it('refuses a parent link that ends before it starts', () => {
		const message = broken((inputs) => {
			inputs.actors.data.groups.find((g) => g.id === 'kataib-hezbollah')!.parents[0]!.to = '2013';
		});
		expect(message).toContain('group "kataib-hezbollah"');
		expect(message).toContain('parents[0].to: ends (2013) before it starts (2014-06)');
	});
});
