/**
 * Issue 12, names: `networking.hostName` has NixOS's type
 * (`strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$"`, POSIX
 * classes), and names that become file or folder names are refused by the
 * module system with an error naming the option.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateModules } from "../../src/evaluate.js";
import { loadPackageSet } from "../../pkgs/package-set.js";
import { goldenDir } from "../runners/golden-harness.js";

const pkgs = loadPackageSet(path.join(goldenDir, "stubs.json"), { system: "x86_64-linux" });
const evaluate = (config: Record<string, unknown>) => evaluateModules([{ _file: "names.ts", config }], pkgs).config;

describe("networking.hostName", () => {
  const valid = ["", "a", "vm-1", "my_vm", "A9", "x".repeat(63), "ab-cd_ef"];
  const invalid = ["-vm", "vm-", "_vm", "vm.example", "a b", "$(touch M)", "x".repeat(64), "ünï", "a/b"];
  it.each(valid)("accepts %j", (hostName) => {
    expect(evaluate({ networking: { hostName } }).networking.hostName).toBe(hostName);
  });
  it.each(invalid)("refuses %j, naming the option", (hostName) => {
    expect(() => evaluate({ networking: { hostName } }).networking.hostName).toThrow(
      /networking\.hostName' is not of type `string matching the pattern \^\$\|\^\[\[:alnum:\]\]/,
    );
  });
});

describe("names that become file names", () => {
  const bad: [string, string][] = [
    ["../x", 'contains "/"'],
    ["..", 'is "." or contains ".."'],
    ["a\u0000b", "contains a NUL character"],
    ["t".repeat(256), "is longer than a file name may be (256 bytes, at most 255)"],
    ["", "is empty"],
  ];
  it.each(bad)("a share tag %j is refused (%s)", (tag, why) => {
    const config = evaluate({ microvm: { shares: [{ tag, source: "/srv", mountPoint: "/m", proto: "9p" }] } });
    expect(() => (config.microvm.shares as { tag: string }[])[0].tag).toThrow(`The option \`microvm.shares.*.tag' is ${JSON.stringify(tag).length > 80 ? "" : JSON.stringify(tag)}`);
    expect(() => (config.microvm.shares as { tag: string }[])[0].tag).toThrow(why);
  });
  it("an interface id and a binScripts name are refused, naming the option", () => {
    const config = evaluate({ microvm: { interfaces: [{ type: "tap", id: "../eth0", mac: "02:00:00:00:00:01" }] } });
    expect(() => (config.microvm.interfaces as { id: string }[])[0].id).toThrow("The option `microvm.interfaces.*.id' is \"../eth0\", which contains \"/\"");
    const scripts = evaluate({ microvm: { binScripts: { "../../evil": "echo" } } });
    expect(() => scripts.microvm.binScripts).toThrow('The option `microvm.binScripts."../../evil"\' is "../../evil", which contains "/"');
  });
  it("plain names pass", () => {
    const config = evaluate({ microvm: { shares: [{ tag: "ro-store", source: "/nix/store", mountPoint: "/m", proto: "9p" }], binScripts: { "my-script": "echo" } } });
    expect((config.microvm.shares as { tag: string }[])[0].tag).toBe("ro-store");
    expect(Object.keys(config.microvm.binScripts as object)).toContain("my-script");
  });
});
