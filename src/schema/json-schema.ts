/**
 * A JSON Schema (draft 2020-12) of a configuration, made from its evaluated
 * `options` tree: an option set is an object that allows only its options
 * (so a typo is caught), an option's schema follows its type.
 */
import { isOption, type Option, type OptionType, posixToRegExp } from "../../lib/index.js";

/** The subset of JSON Schema this module writes. */
export interface JsonSchema {
  $schema?: string;
  title?: string;
  description?: string;
  type?: "object" | "array" | "string" | "integer" | "number" | "boolean" | "null";
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  default?: unknown;
  readOnly?: boolean;
  /** The option's type as Nix describes it (`positive integer, meaning >0`). */
  "x-nix-type"?: string;
}

export interface JsonSchemaOptions {
  /**
   * Mark every option as present (`required`): the shape of the evaluated
   * `config`, where every option has a value, rather than of a definition.
   */
  allRequired?: boolean;
  title?: string;
}

/** The JSON Schema of definitions for the options tree `options` (an `evalModules` result's `options`). */
export function jsonSchemaOfOptions(options: unknown, schemaOptions: JsonSchemaOptions = {}): JsonSchema {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    ...(schemaOptions.title === undefined ? {} : { title: schemaOptions.title }),
    ...optionSetSchema(options as Record<string, unknown>, schemaOptions.allRequired ?? false, 0),
  };
}

// submodules may refer to themselves; nothing real nests this deep
const maxDepth = 32;

/** An attribute set of options and option sets; `_module` (the module system's own) is left out. */
function optionSetSchema(set: Record<string, unknown>, allRequired: boolean, depth: number): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const name of Object.keys(set).sort()) {
    if (name === "_module" || name === "_freeformOptions") continue;
    const node = set[name];
    if (isOption(node)) properties[name] = optionSchema(node, allRequired, depth);
    else if (node !== null && typeof node === "object") properties[name] = optionSetSchema(node as Record<string, unknown>, allRequired, depth);
  }
  return {
    type: "object",
    properties,
    ...(allRequired ? { required: Object.keys(properties) } : {}),
    additionalProperties: false,
  };
}

function optionSchema(option: Option, allRequired: boolean, depth: number): JsonSchema {
  const schema: JsonSchema = { ...typeSchema(option.type, option.loc, allRequired, depth) };
  if (typeof option.description === "string") schema.description = option.description;
  const defaultValue = plainDefault(option);
  if (defaultValue !== undefined) schema.default = defaultValue.value;
  if (option.readOnly === true) schema.readOnly = true;
  schema["x-nix-type"] = option.type.description;
  return schema;
}

/**
 * The option's default when it is a constant that JSON can hold. A default
 * written as a getter or documented by `defaultText` is computed from other
 * options: reading it here would evaluate the configuration.
 */
function plainDefault(option: Option): { value: unknown } | undefined {
  if (Object.hasOwn(option, "defaultText")) return undefined;
  const d = Object.getOwnPropertyDescriptor(option, "default");
  if (d === undefined || d.get !== undefined) return undefined;
  return isPlainJson(d.value) ? { value: d.value } : undefined;
}

function isPlainJson(v: unknown): boolean {
  if (v === null || typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isPlainJson);
  if (typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.keys(v as object).every((k) => {
      const d = Object.getOwnPropertyDescriptor(v, k)!;
      return d.get === undefined && isPlainJson(d.value);
    });
  }
  return false;
}

/** `integer between A and B (both inclusive)`: the bounds of `ints.between`/`ints.u8`/… as their description gives them. */
function describedBounds(t: OptionType): { minimum: number; maximum: number } | undefined {
  const m = / between (-?[0-9.e+]+) and (-?[0-9.e+]+) \(both inclusive\)$/.exec(t.description);
  return m === null ? undefined : { minimum: Number(m[1]), maximum: Number(m[2]) };
}

const anyOf = (schemas: JsonSchema[]): JsonSchema => ({
  anyOf: schemas.flatMap((s) => (Object.keys(s).length === 1 && s.anyOf !== undefined ? s.anyOf : [s])),
});

/** POSIX bracket classes (`[[:alnum:]]`), which JavaScript's RegExp lacks, as ranges. */
/** The schema of a value of type `t` declared at `loc`. */
export function typeSchema(t: OptionType, loc: readonly string[], allRequired = false, depth = 0): JsonSchema {
  const nested = (name: string): OptionType => t.nestedTypes[name];
  const payload = t.functor.payload as Record<string, unknown> | null;
  if (t.name.startsWith("strMatching ")) {
    // the POSIX pattern as the ECMA-262 one it means (none where Nix would refuse it)
    let pattern: string | undefined;
    try {
      pattern = posixToRegExp((payload as { pattern: string }).pattern).source;
    } catch {
      pattern = undefined;
    }
    return pattern === undefined ? { type: "string" } : { type: "string", pattern };
  }
  switch (t.name) {
    case "bool":
    case "boolByOr":
      return { type: "boolean" };
    // Nix's integers are 64-bit; those beyond JavaScript's safe integers are refused (types.int)
    case "int":
      return { type: "integer", minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER };
    case "unsignedInt":
      return { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
    case "positiveInt":
      return { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER };
    case "intBetween":
    case "unsignedInt8":
    case "unsignedInt16":
    case "unsignedInt32":
    case "signedInt8":
    case "signedInt16":
    case "signedInt32":
      return { type: "integer", ...describedBounds(t) };
    case "float":
      return { type: "number" };
    case "numberBetween":
      return { type: "number", ...describedBounds(t) };
    case "numberNonnegative":
      return { type: "number", minimum: 0 };
    case "numberPositive":
      return { type: "number", exclusiveMinimum: 0 };
    case "str":
    case "separatedString":
    case "passwdEntry":
      return { type: "string" };
    case "nonEmptyStr":
      return { type: "string", pattern: "[^ \\t\\n]" };
    case "singleLineStr":
      return { type: "string", pattern: "^[^\\n\\r]*\\n?$" };
    case "path":
      return { type: "string" };
    case "package":
      return packageSchema;
    case "enum":
      return { enum: [...(payload as { values: unknown[] }).values] };
    case "nullOr":
      return anyOf([{ type: "null" }, typeSchema(nested("elemType"), loc, allRequired, depth)]);
    case "listOf":
      return { type: "array", items: typeSchema(nested("elemType"), [...loc, "*"], allRequired, depth) };
    case "attrsOf":
    case "lazyAttrsOf":
      return { type: "object", additionalProperties: typeSchema(nested("elemType"), [...loc, "<name>"], allRequired, depth) };
    case "unique":
      return typeSchema(nested("elemType"), loc, allRequired, depth);
    case "either":
      return anyOf([typeSchema(nested("left"), loc, allRequired, depth), typeSchema(nested("right"), loc, allRequired, depth)]);
    case "coercedTo":
      return anyOf([typeSchema(nested("finalType"), loc, allRequired, depth), typeSchema(nested("coercedType"), loc, allRequired, depth)]);
    case "submodule":
      return submoduleSchema(t, loc, allRequired, depth);
    case "attrs":
      return { type: "object" };
    default:
      // anything, raw, unspecified, functionTo, deferredModule, pkgs, optionType, …: any JSON value
      return {};
  }
}

/** A package: its store path, or an object carrying one in `outPath`. */
const packageSchema: JsonSchema = {
  anyOf: [
    { type: "string" },
    { type: "object", properties: { outPath: { type: "string" } }, required: ["outPath"], additionalProperties: true },
  ],
};

function submoduleSchema(t: OptionType, loc: readonly string[], allRequired: boolean, depth: number): JsonSchema {
  if (depth >= maxDepth) return { type: "object" };
  const schema = optionSetSchema(t.getSubOptions(loc) as Record<string, unknown>, allRequired, depth + 1);
  const freeform = t.nestedTypes.freeformType as OptionType | undefined;
  if (freeform !== undefined) {
    // a freeform type is (lazy)attrsOf X: undeclared attributes are X's
    const elem = freeform.nestedTypes.elemType as OptionType | undefined;
    schema.additionalProperties = elem === undefined ? {} : typeSchema(elem, [...loc, "<name>"], allRequired, depth + 1);
  }
  return schema;
}
