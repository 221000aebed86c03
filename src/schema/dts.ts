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
  return compile(root as Parameters<typeof compile>[0], options.typeName, {
    bannerComment: options.banner,
    additionalProperties: false,
    unknownAny: true,
    strictIndexSignatures: true,
    format: true,
  });
}
