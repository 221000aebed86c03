/** types.pathWith against nix-instantiate 2.8 with nixpkgs lib 26.11 (`(pathWith { inStore = true; }).check`). */
import { describe, expect, it } from "vitest";
import { evalModules, mkOption, types } from "../../lib/index.js";

// map (pathWith { inStore = true; }).check [ … ] gave these results
const inStoreChecks: [string, boolean][] = [
  ["/nix/store/.links", false],
  ["/nix/store/.links/10gg8k3rmbw8p7gszarbk7qyd9jwxhcfq9i6s5i0qikx8alkk4hq", false],
  ["/nix/store/0fb3ykw9r5hpayd05sr0cizwadzq1d8q-bash", true],
  ["/nix/store/0fb3ykw9r5hpayd05sr0cizwadzq1d8q-bash/bin", true],
  ["/nix//store/./0fb3ykw9r5hpayd05sr0cizwadzq1d8q-bash", true],
  ["/nix/store/x/../0fb3ykw9r5hpayd05sr0cizwadzq1d8q-bash", true],
  ["/nix/store", false],
  ["/nix/store/", false],
  ["", false],
  ["/foo", false],
  ["/0fb3ykw9r5hpayd05sr0cizwadzq1d8q0fb3ykw9r5hpayd05sr", false],
  ["nix/store/0fb3ykw9r5hpayd05sr0cizwadzq1d8q-bash", true],
  ["/nix/store/short-bash", false],
];

describe("pathWith { inStore = true; }", () => {
  it.each(inStoreChecks)("check %j is %j", (value, expected) => {
    expect(types.pathWith({ inStore: true }).check(value)).toBe(expected);
    expect(types.pathInStore.check(value)).toBe(expected);
  });

  it("refuses /nix/store/.links with Nix's error (modules.sh: pathInStore.bad4)", () => {
    const cfg = evalModules({
      modules: [
        { _file: "p.ts", options: { p: mkOption({ type: types.pathInStore }) }, config: { p: "/nix/store/.links" } },
      ],
    });
    expect(() => cfg.config.p).toThrow(
      "A definition for option `p' is not of type `path in the Nix store'. Definition values:\n- In `p.ts': \"/nix/store/.links\"",
    );
  });
});
