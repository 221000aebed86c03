/**
 * TypeScript declarations of a configuration, from its JSON Schema
 * (json-schema-to-typescript, imported on first use).
 */
import type { JsonSchema } from "./json-schema.js";

export interface DtsOptions {
  /** The name of the root interface. */
  typeName: string;
  /** A comment put at the top of the file. */
  banner: string;
}

/** The `.d.ts` text declaring `typeName` as the shape of `schema`. */
export async function dtsOfSchema(schema: JsonSchema, options: DtsOptions): Promise<string> {
  const { compile } = await import("json-schema-to-typescript");
  const { $schema: _draft, title: _title, ...root } = schema;
  return compile(withUnknowns(root) as Parameters<typeof compile>[0], options.typeName, {
    bannerComment: options.banner,
    additionalProperties: false,
    unknownAny: true,
    strictIndexSignatures: true,
    format: true,
  });
}

/** The schema with every "any value" schema (`{}`, maybe with a description) marked as TypeScript's `unknown`. */
function withUnknowns(schema: JsonSchema): JsonSchema & { tsType?: string } {
  const constrained = (["type", "anyOf", "enum", "properties", "items", "additionalProperties"] as const).some((k) => k in schema);
  if (!constrained) return { ...schema, tsType: "unknown" };
  const out: JsonSchema = { ...schema };
  if (schema.properties !== undefined) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, withUnknowns(v)]));
  }
  if (schema.items !== undefined) out.items = withUnknowns(schema.items);
  if (typeof schema.additionalProperties === "object") out.additionalProperties = withUnknowns(schema.additionalProperties);
  if (schema.anyOf !== undefined) out.anyOf = schema.anyOf.map(withUnknowns);
  return out;
}
