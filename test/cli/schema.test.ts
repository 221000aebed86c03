/**
 * The JSON Schema of a configuration: option types map to JSON Schema as
 * their values are written in JSON, and the schema of the microVM options
 * accepts every golden case's input and rejects mistakes.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { evalModules, lib } from "../../lib/index.js";
import { makeJsonValidator, type JsonValidator } from "../../src/config/validate-json.js";
import { evaluateModules } from "../../src/evaluate.js";
import { loadPackageSet } from "../../src/pkgs/package-set.js";
import { type JsonSchema, jsonSchemaOfOptions } from "../../src/schema/json-schema.js";
import { goldenDir, stubsFile } from "./run-cli.js";

const { mkOption, types } = lib;

/** The schema of one option `x` of type `type`. */
function schemaOf(type: unknown, extra: object = {}): JsonSchema {
  const { options } = evalModules({ modules: [{ options: { x: mkOption({ type: type as never, ...extra }) } }] });
  const schema = jsonSchemaOfOptions(options).properties!.x;
  const { description: _d, "x-nix-type": _t, ...rest } = schema;
  return rest;
}

/** Nix's integers are 64-bit; the module system takes the ones a JavaScript number holds exactly. */
const safeInt = { type: "integer", minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER };

describe("option types", () => {
  it.each([
    ["bool", types.bool, { type: "boolean" }],
    ["int", types.int, safeInt],
    ["ints.positive", types.ints.positive, { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER }],
    ["ints.unsigned", types.ints.unsigned, { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER }],
    ["ints.u8", types.ints.u8, { type: "integer", minimum: 0, maximum: 255 }],
    ["ints.s16", types.ints.s16, { type: "integer", minimum: -32768, maximum: 32767 }],
    ["ints.between", types.ints.between(-3, 7), { type: "integer", minimum: -3, maximum: 7 }],
    ["port", types.port, { type: "integer", minimum: 0, maximum: 65535 }],
    ["float", types.float, { type: "number" }],
    ["number", types.number, { anyOf: [safeInt, { type: "number" }] }],
    ["numbers.between", types.numbers.between(0, 1.5), { type: "number", minimum: 0, maximum: 1.5 }],
    ["str", types.str, { type: "string" }],
    ["lines", types.lines, { type: "string" }],
    ["strMatching", types.strMatching("[a-z]+"), { type: "string", pattern: "^(?:[a-z]+)$" }],
    ["path", types.path, { type: "string" }],
    ["enum", types.enum(["a", 1, null]), { enum: ["a", 1, null] }],
    ["nullOr", types.nullOr(types.str), { anyOf: [{ type: "null" }, { type: "string" }] }],
    ["listOf", types.listOf(types.int), { type: "array", items: safeInt }],
    ["attrsOf", types.attrsOf(types.bool), { type: "object", additionalProperties: { type: "boolean" } }],
    ["either", types.either(types.str, types.int), { anyOf: [{ type: "string" }, safeInt] }],
    ["oneOf", types.oneOf([types.str, types.int, types.bool]), { anyOf: [{ type: "string" }, safeInt, { type: "boolean" }] }],
    ["anything", types.anything, {}],
    ["package", types.package, { anyOf: [{ type: "string" }, { type: "object", properties: { outPath: { type: "string" } }, required: ["outPath"], additionalProperties: true }] }],
  ])("%s", (_name, type, expected) => {
    expect(schemaOf(type)).toEqual(expected);
  });

  it("submodule: nested options, no other attributes; a freeform submodule allows its freeform type", () => {
    const sub = types.submodule({ options: { a: mkOption({ type: types.int, description: "A." }) } });
    expect(schemaOf(types.listOf(sub))).toEqual({
      type: "array",
      items: {
        type: "object",
        properties: { a: { ...safeInt, description: "A.", "x-nix-type": "signed integer" } },
        additionalProperties: false,
      },
    });
    const free = types.submodule({ freeformType: types.attrsOf(types.str), options: {} });
    expect(schemaOf(free)).toEqual({ type: "object", properties: {}, additionalProperties: { type: "string" } });
  });

  it("keeps constant defaults, descriptions and readOnly; marks every option required on request", () => {
    const { options } = evalModules({
      modules: [{ options: { a: { b: mkOption({ type: types.int, default: 3, description: "B.", readOnly: true }) } } }],
    });
    expect(jsonSchemaOfOptions(options, { allRequired: true })).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      properties: {
        a: {
          type: "object",
          properties: { b: { ...safeInt, description: "B.", default: 3, readOnly: true, "x-nix-type": "signed integer" } },
          required: ["b"],
          additionalProperties: false,
        },
      },
      required: ["a"],
      additionalProperties: false,
    });
  });
});

describe("the microVM options' schema", () => {
  let validate: JsonValidator;
  beforeAll(async () => {
    const pkgs = loadPackageSet(stubsFile, { system: "x86_64-linux" });
    validate = await makeJsonValidator(jsonSchemaOfOptions(evaluateModules([], pkgs).options));
  });

  const casesDir = path.join(goldenDir, "cases");
  const inputs = readdirSync(casesDir).filter((f) => f.endsWith(".input.json")).sort();
  it.each(inputs)("accepts %s", (file) => {
    const { golden: _harnessOnly, ...input } = JSON.parse(readFileSync(path.join(casesDir, file), "utf8")) as Record<string, unknown>;
    expect(validate(input)).toEqual([]);
  });

  it("rejects wrong types, unknown options and wrong enum values, with JSON paths", () => {
    expect(
      validate({
        microvm: {
          mem: "lots",
          hypervisor: "vmware",
          interfaces: [{ type: "tap", id: "a", mac: "m", bridgee: "br0" }],
          shares: {},
        },
        networkin: {},
      }),
    ).toEqual([
      "/networkin: the option `networkin' does not exist. Did you mean `networking'?",
      expect.stringMatching(/^\/microvm\/hypervisor: must be equal to one of the allowed values \(expected one of /),
      "/microvm/interfaces/0/bridgee: the option `microvm.interfaces.0.bridgee' does not exist. Did you mean `microvm.interfaces.0.bridge'?",
      '/microvm/mem: must be integer (expected positive integer, meaning >0), got "lots"',
      "/microvm/shares: must be array (expected list of (submodule)), got {}",
    ]);
  });
});
