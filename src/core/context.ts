// What a stage of the core sees: the shared document, the loaded resources, the results of the
// stages before it, and a list to put diagnostics on. Nothing in here reads the clock or the disk.
import type { Doc } from "./document.js";
import type { ActorLexicon } from "./entities/actors.js";
import type { Gazetteer } from "./places/gazetteer.js";
import type { Claim, Diagnostic, Entity, Event, Figure, Place, TimeExpression } from "./types.js";

/** Data the core needs, loaded once by the shell (see src/resources/) and shared by every call. */
export interface Resources {
  actors: ActorLexicon;
  gazetteer: Gazetteer;
}

export interface Context {
  doc: Doc;
  resources: Resources;
  entities: Entity[];
  times: TimeExpression[];
  places: Place[];
  figures: Figure[];
  claims: Claim[];
  events: Event[];
  diagnostics: Diagnostic[];
}
