/**
 * lib.cli against what the real Nix (2.8, nixpkgs lib de42d442) gives:
 * `nix-instantiate --eval --strict --json` of the Nix expression in each
 * comment (`cli = lib.cli`), with `attrs` as below.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EvalError, lib, setWarningHandler, type WarningHandler } from "../../lib/index.js";

const { cli } = lib;

// { v = true; verbose = [ true true false null ]; i = ".bak"; testsuite = [ "unit" "integration" ];
//   e = [ "s/a/b/" "s/b/c/" ]; n = false; data = builtins.toJSON { id = 0; }; retry = 3; skip = null;
//   ratio = 0.5; q = "it's $HOME"; }
const attrs = {
  v: true,
  verbose: [true, true, false, null],
  i: ".bak",
  testsuite: ["unit", "integration"],
  e: ["s/a/b/", "s/b/c/"],
  n: false,
  data: JSON.stringify({ id: 0 }),
  retry: 3,
  skip: null,
  ratio: 0.5,
  q: "it's $HOME",
};
// { X = "PUT"; retry = 3; retry-delay = null; url = [ "a" "b" ]; silent = false; verbose = true; msg = "a b'c"; }
const gnuAttrs = { X: "PUT", retry: 3, "retry-delay": null, url: ["a", "b"], silent: false, verbose: true, msg: "a b'c" };
// k: { option = "-${k}"; sep = null; explicitBool = true; }
const dashExplicit = (k: string) => ({ option: `-${k}`, sep: null, explicitBool: true });

let warnings: string[];
let previous: WarningHandler;
beforeEach(() => {
  warnings = [];
  previous = setWarningHandler((m) => warnings.push(m));
});
afterEach(() => {
  setWarningHandler(previous);
});

describe("lib.cli.toCommandLine and its GNU form", () => {
  it("toCommandLineGNU {} attrs: short -xarg, long --name=arg, bools as flags, null and false left out", () => {
    expect(cli.toCommandLineGNU({}, attrs)).toEqual([
      '--data={"id":0}', "-es/a/b/", "-es/b/c/", "-i.bak", "-qit's $HOME", "--ratio=0.500000", "--retry=3",
      "--testsuite=unit", "--testsuite=integration", "-v", "--verbose", "--verbose",
    ]);
  });

  it('toCommandLineGNU { explicitBool = true; isLong = k: k != "i"; } attrs', () => {
    expect(cli.toCommandLineGNU({ explicitBool: true, isLong: (k) => k !== "i" }, attrs)).toEqual([
      '--data={"id":0}', "--e=s/a/b/", "--e=s/b/c/", "-i.bak", "--n=false", "--q=it's $HOME", "--ratio=0.500000", "--retry=3",
      "--testsuite=unit", "--testsuite=integration", "--v=true", "--verbose=true", "--verbose=true", "--verbose=false",
    ]);
  });

  it('toCommandLineGNU { formatArg = v: "<${toString v}>"; } { a = 1; bb = [ "x" true ]; }', () => {
    expect(cli.toCommandLineGNU({ formatArg: (v) => `<${String(v)}>` }, { a: 1, bb: ["x", true] })).toEqual(["-a<1>", "--bb=<x>", "--bb"]);
  });

  it("toCommandLine (k: { option = \"-${k}\"; sep = null; explicitBool = true; }) attrs", () => {
    expect(cli.toCommandLine(dashExplicit, attrs)).toEqual([
      "-data", '{"id":0}', "-e", "s/a/b/", "-e", "s/b/c/", "-i", ".bak", "-n", "false", "-q", "it's $HOME", "-ratio", "0.500000",
      "-retry", "3", "-testsuite", "unit", "-testsuite", "integration", "-v", "true", "-verbose", "true", "-verbose", "true", "-verbose", "false",
    ]);
  });

  it("shell forms escape each argument", () => {
    // toCommandLineShellGNU { } attrs
    expect(cli.toCommandLineShellGNU({}, attrs)).toBe(
      "'--data={\"id\":0}' -es/a/b/ -es/b/c/ -i.bak '-qit'\\''s $HOME' '--ratio=0.500000' '--retry=3' '--testsuite=unit' '--testsuite=integration' -v --verbose --verbose",
    );
    // toCommandLineShell fmt { m = "a b"; n = [ "x'y" "" ]; }
    expect(cli.toCommandLineShell(dashExplicit, { m: "a b", n: ["x'y", ""] })).toBe("-m 'a b' -n 'x'\\''y' -n ''");
    expect(warnings).toEqual([]);
  });

  it("toCommandLineGNU {} { r = 0.1234567; }: a float as Nix's toString prints it, warning when imprecise", () => {
    expect(cli.toCommandLineGNU({}, { r: 0.1234567 })).toEqual(["-r0.123457"]);
    expect(warnings).toEqual(["Imprecise conversion from float to string 0.123457"]);
  });

  it("refuses lists in lists, attribute sets and empty names", () => {
    // toCommandLineGNU {} { a = [ [ 1 ] ]; }: Nix aborts with this message
    expect(() => cli.toCommandLineGNU({}, { a: [[1]] })).toThrow(new EvalError("generators.mkValueStringDefault: lists not supported: [\n  1\n]"));
    expect(() => cli.toCommandLineGNU({}, { a: { b: 1 } })).toThrow("generators.mkValueStringDefault: attrsets not supported: {\n  b = 1;\n}");
    // (Nix fails there with `attribute 'throw' missing`: nixpkgs calls lib.throw)
    expect(() => cli.toCommandLineGNU({}, { "": 1 })).toThrow("lib.cli.toCommandLine only accepts non-empty option names.");
  });
});

describe("lib.cli.toGNUCommandLine (deprecated)", () => {
  it("toGNUCommandLine { } gnuAttrs, with the deprecation warning", () => {
    expect(cli.toGNUCommandLine({}, gnuAttrs)).toEqual(["-X", "PUT", "--msg", "a b'c", "--retry", "3", "--url", "a", "--url", "b", "--verbose"]);
    expect(warnings).toEqual(["lib.cli.toGNUCommandLine is deprecated, please use lib.cli.toCommandLine or lib.cli.toCommandLineShellGNU instead."]);
  });

  it('toGNUCommandLine { optionValueSeparator = "="; } gnuAttrs', () => {
    expect(cli.toGNUCommandLine({ optionValueSeparator: "=" }, gnuAttrs)).toEqual(["-X=PUT", "--msg=a b'c", "--retry=3", "--url=a", "--url=b", "--verbose"]);
  });

  it('toGNUCommandLine { mkOptionName = k: "+${k}"; mkBool = k: v: [ "${k}:${lib.boolToString v}" ]; } { a = true; b = false; c = [ 1 2 ]; }', () => {
    const options = { mkOptionName: (k: string) => `+${k}`, mkBool: (k: string, v: boolean) => [`${k}:${String(v)}`] };
    expect(cli.toGNUCommandLine(options, { a: true, b: false, c: [1, 2] })).toEqual(["a:true", "b:false", "+c", "1", "+c", "2"]);
  });

  it("toGNUCommandLineShell { } gnuAttrs", () => {
    expect(cli.toGNUCommandLineShell({}, gnuAttrs)).toBe("-X PUT --msg 'a b'\\''c' --retry 3 --url a --url b --verbose");
    expect(warnings).toContain("lib.cli.toGNUCommandLineShell is deprecated, please use lib.cli.toCommandLineShell or lib.cli.toCommandLineShellGNU instead.");
  });
});
