// `node dist/scripts/build-gazetteer.js [path]`: compiles the gazetteer from the npm packages and
// src/data/places/ into one binary file (default dist/data/gazetteer.bin) that loads in a few
// milliseconds. Run after `tsc` as part of `npm run build`; without the file the loader builds from
// the packages at every start (most of a second).
import { COMPILED_GAZETTEER, writeCompiledGazetteer } from "../src/resources/gazetteer.js";

const path = process.argv[2] ?? COMPILED_GAZETTEER;
const t0 = performance.now();
const bytes = writeCompiledGazetteer(path);
console.log(`gazetteer: wrote ${path} (${(bytes / 1e6).toFixed(1)} MB) in ${Math.round(performance.now() - t0)} ms`);
