// The small part of the vendored d3-geo and topojson-client UMD builds (globals `d3`, `topojson`)
// that the map uses. They are served from /vendor/ by the server; nothing is fetched from elsewhere.
type Point2 = [number, number];
interface GeoProjection {
  (point: Point2): Point2 | null;
  invert(point: Point2): Point2 | null;
  rotate(angles: [number, number] | [number, number, number]): GeoProjection;
  center(point: Point2): GeoProjection;
  parallels(p: Point2): GeoProjection;
  fitExtent(extent: [Point2, Point2], object: object): GeoProjection;
  clipExtent(extent: [Point2, Point2] | null): GeoProjection;
  precision(p: number): GeoProjection;
}
interface GeoPathGenerator {
  (object: object): string | null;
}
interface GeoFeature {
  type: "Feature";
  id?: string;
  properties: { name?: string };
  geometry: object;
}
declare const d3: {
  geoPath(projection: GeoProjection): GeoPathGenerator;
  geoConicEqualArea(): GeoProjection;
  geoNaturalEarth1(): GeoProjection;
  geoGraticule10(): object;
};
declare const topojson: {
  feature(topology: object, object: object): { type: "FeatureCollection"; features: GeoFeature[] };
  mesh(topology: object, object: object, filter?: (a: object, b: object) => boolean): object;
};
