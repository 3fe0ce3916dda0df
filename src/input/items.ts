import type { Article } from "../core/types.js";
import type { InputError } from "./article-fields.js";

/** One item read from the input: an article with where it came from, or an error saying where and what. */
export type InputItem = { article: Article; where: string } | { error: InputError };
