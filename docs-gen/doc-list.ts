/**
 * The input of docs-gen: a doc list exactly as nixpkgs' `lib.optionAttrSetToDocList`
 * returns it, plus validation that turns malformed input into a clear error.
 */

/** A value rendered by `lib.options.renderOptionValue` (or given as `literalExpression`/`literalMD`). */
export interface LiteralValue {
  _type: "literalExpression" | "literalMD";
  text: string;
}

/** A declaration after a `transformOptions`-style rewrite: shown as `name`, linked to `url`. */
export interface DeclarationLink {
  name: string;
  url?: string;
}

/** A declaration: a file (optionally `file:line`) or an already linked `{ name, url }`. */
export type Declaration = string | DeclarationLink;

/** One entry of `optionAttrSetToDocList`'s result. */
export interface DocListEntry {
  name: string;
  loc: string[];
  description: string | null;
  type: string;
  default?: LiteralValue;
  example?: LiteralValue;
  declarations: Declaration[];
  readOnly: boolean;
  internal: boolean;
  visible: boolean;
  relatedPackages?: RelatedPackage[];
  /** The option set it came from (one `--from` input); not part of Nix's doc list. */
  scope?: string;
}

/** What `mkOption`'s `relatedPackages` accepts: an attribute name, a path, or a description. */
export type RelatedPackage =
  | string
  | string[]
  | { name?: string; path?: string[]; title?: string; comment?: string };

/** Malformed docs-gen input; the message names the entry and field. */
export class DocListError extends Error {
  override name = "DocListError";
}

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function describeEntry(index: number, entry: Fields): string {
  return typeof entry.name === "string"
    ? `doc list entry ${index} (\`${entry.name}\`)`
    : `doc list entry ${index}`;
}

function checkLiteral(where: string, field: string, value: unknown): LiteralValue {
  if (
    isRecord(value) &&
    (value._type === "literalExpression" || value._type === "literalMD") &&
    typeof value.text === "string"
  ) {
    return { _type: value._type, text: value.text };
  }
  throw new DocListError(
    `${where}: \`${field}\` must be { _type: "literalExpression" | "literalMD", text: string }, got ${JSON.stringify(value)}`,
  );
}

function checkDeclaration(where: string, value: unknown): Declaration {
  if (typeof value === "string") return value;
  if (isRecord(value) && typeof value.name === "string" && (value.url === undefined || typeof value.url === "string")) {
    return value.url === undefined ? { name: value.name } : { name: value.name, url: value.url };
  }
  throw new DocListError(
    `${where}: every declaration must be a file name or { name, url }, got ${JSON.stringify(value)}`,
  );
}

function checkRelatedPackage(where: string, value: unknown): RelatedPackage {
  if (typeof value === "string" || isStringList(value)) return value;
  if (
    isRecord(value) &&
    (typeof value.name === "string" || isStringList(value.path)) &&
    ["name", "title", "comment"].every((key) => value[key] === undefined || typeof value[key] === "string")
  ) {
    return value as RelatedPackage;
  }
  throw new DocListError(
    `${where}: every related package must be an attribute name, a path or { name | path, title?, comment? }, got ${JSON.stringify(value)}`,
  );
}

function checkEntry(index: number, value: unknown): DocListEntry {
  if (!isRecord(value)) {
    throw new DocListError(`doc list entry ${index} must be an object, got ${JSON.stringify(value)}`);
  }
  const where = describeEntry(index, value);
  const need = (field: string, ok: boolean, what: string): void => {
    if (!ok) throw new DocListError(`${where}: \`${field}\` must be ${what}, got ${JSON.stringify(value[field])}`);
  };
  need("name", typeof value.name === "string" && value.name !== "", "a non-empty string");
  need("loc", isStringList(value.loc) && value.loc.length > 0, "a non-empty list of strings");
  need("description", value.description === null || typeof value.description === "string", "a string or null");
  need("type", typeof value.type === "string", "a string");
  need("declarations", Array.isArray(value.declarations), "a list");
  for (const flag of ["readOnly", "internal", "visible"]) need(flag, typeof value[flag] === "boolean", "a boolean");
  if (value.relatedPackages !== undefined && value.relatedPackages !== null) {
    need("relatedPackages", Array.isArray(value.relatedPackages), "a list");
  }
  need("scope", value.scope === undefined || (typeof value.scope === "string" && value.scope !== ""), "a non-empty string");

  const entry: DocListEntry = {
    name: value.name as string,
    loc: [...(value.loc as string[])],
    description: value.description as string | null,
    type: value.type as string,
    declarations: (value.declarations as unknown[]).map((decl) => checkDeclaration(where, decl)),
    readOnly: value.readOnly as boolean,
    internal: value.internal as boolean,
    visible: value.visible as boolean,
  };
  if (value.default !== undefined) entry.default = checkLiteral(where, "default", value.default);
  if (value.example !== undefined) entry.example = checkLiteral(where, "example", value.example);
  if (Array.isArray(value.relatedPackages)) {
    entry.relatedPackages = value.relatedPackages.map((pkg) => checkRelatedPackage(where, pkg));
  }
  if (typeof value.scope === "string") entry.scope = value.scope;
  return entry;
}

/**
 * Checks that `input` is a doc list (`optionAttrSetToDocList` output) and returns a typed copy.
 * Throws a {@link DocListError} naming the offending entry and field otherwise.
 *
 * @example parseDocList(JSON.parse(fs.readFileSync("options.json", "utf8")))
 */
export function parseDocList(input: unknown): DocListEntry[] {
  if (!Array.isArray(input)) {
    throw new DocListError(`a doc list must be a list of options (optionAttrSetToDocList output), got ${typeof input}`);
  }
  return input.map((entry, index) => checkEntry(index, entry));
}
