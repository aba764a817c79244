/** Ids made from names and titles, in the form the schemas accept (lower-case letters, digits, hyphens). */

/**
 * The first `maxWords` words of `text`, accents dropped, lower-cased and joined by hyphens; `fallback`
 * when nothing is left (a title in another script).
 *
 * @example slug('Floods cut roads north of Lagos', 3) === 'floods-cut-roads'
 */
export function slug(text: string, maxWords = Infinity, fallback = ''): string {
	const s = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		// trim(), not /^-+|-+$/: that pattern retried every start in a run of hyphens, quadratic in the run.
		.trim()
		.split(' ')
		.slice(0, maxWords)
		.join('-');
	return s || fallback;
}
