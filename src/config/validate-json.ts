/**
 * Checks a JSON config against the options' JSON Schema before evaluation,
 * so a typo or a wrong type is reported with its JSON path (and, for an
 * unknown name, the closest option names) rather than deep in a merge.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import type { JsonSchema } from "../schema/json-schema.js";
import { closestNames, showChoices } from "../suggest.js";

export type JsonValidator = (value: unknown) => string[];

/** Compiles `schema` (ajv, draft 2020-12, imported on first use) into a function returning error lines. */
export async function makeJsonValidator(schema: JsonSchema): Promise<JsonValidator> {
  const ajvModule = (await import("ajv/dist/2020.js")) as unknown as { default: unknown };
  // ajv is CommonJS: its class is the default export, or that export's `default`
  const exported = ajvModule.default as { default?: unknown };
  const Ajv2020 = (exported.default ?? exported) as new (options: object) => {
    addKeyword(keyword: string): void;
    compile(schema: object): ValidateFunction;
  };
  // Nix's regular expressions are not all valid with the `u` flag
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, unicodeRegExp: false });
  ajv.addKeyword("x-nix-type");
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? [] : explain(validate.errors ?? []));
}

/** The dotted option name of a JSON pointer (`/microvm/interfaces/0/id` → `microvm.interfaces.0.id`). */
const optionNameOf = (pointer: string): string =>
  pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");

const showValue = (v: unknown): string => {
  const text = JSON.stringify(v);
  return text === undefined ? String(v) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** One line per problem: `<JSON path>: <what is wrong>`, most specific first. */
function explain(errors: readonly ErrorObject[]): string[] {
  const lines: string[] = [];
  for (const e of relevant(errors)) {
    const schema = e.parentSchema as JsonSchema | undefined;
    if (e.keyword === "additionalProperties") {
      const name = (e.params as { additionalProperty: string }).additionalProperty;
      const pointer = `${e.instancePath}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      const known = Object.keys(schema?.properties ?? {});
      const close = closestNames(name, known);
      const parent = optionNameOf(e.instancePath);
      const suggestion = close.length === 0 ? "" : ` Did you mean ${showChoices(close.map((c) => (parent === "" ? c : `${parent}.${c}`)))}?`;
      lines.push(`${pointer}: the option \`${optionNameOf(pointer)}' does not exist.${suggestion}`);
      continue;
    }
    const nixType = schema?.["x-nix-type"];
    const expected = nixType === undefined ? "" : ` (expected ${nixType})`;
    lines.push(`${e.instancePath === "" ? "/" : e.instancePath}: ${e.message ?? "is invalid"}${expected}, got ${showValue(e.data)}`);
  }
  return [...new Set(lines)];
}

/**
 * Drops the noise of `anyOf` (nullOr, either, packages): when a branch failed
 * deeper inside the value, that failure is the useful one; otherwise the
 * `anyOf` error alone stands for all its branches.
 */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
  let kept = [...errors];
  for (const alt of errors.filter((e) => e.keyword === "anyOf")) {
    const branchPrefix = `${alt.schemaPath}/`;
    const branches = kept.filter((e) => e.schemaPath.startsWith(branchPrefix));
    const deeper = branches.filter((e) => e.instancePath !== alt.instancePath || e.keyword === "additionalProperties");
    const drop = new Set(deeper.length > 0 ? [alt, ...branches.filter((e) => !deeper.includes(e))] : branches);
    kept = kept.filter((e) => !drop.has(e));
  }
  return kept;
}
