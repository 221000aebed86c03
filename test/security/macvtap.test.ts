/**
 * Issue 12, macvtap: opening `/dev/tap<ifindex>` needs a real interface, so
 * these runners are checked without running: the interface's id, MAC and
 * link reach `share/microvm/macvtap-interfaces` as one line of four fields,
 * and the scripts that look the interface up pass `bash -n` and shellcheck
 * (SC2046/SC2086 not excluded) with every payload, or the value is refused
 * with an error naming the option.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packageSetFromEntries } from "../../pkgs/package-set.js";
import type { MicrovmConfig } from "../../src/runners/types.js";
import { baseConfig, buildAndRun, harmless, makeSandbox, payloads, removeSandbox, shellcheck, syntaxErrors } from "./harness.js";

const sandbox = makeSandbox("macvtap");
afterAll(() => removeSandbox(sandbox));
const pkgs = packageSetFromEntries(sandbox.entries, { system: "x86_64-linux" });

const withMacvtap = (hypervisor: string, field: "id" | "mac" | "link", value: string): MicrovmConfig => {
  const base = baseConfig(hypervisor, pkgs);
  const iface = { type: "macvtap" as const, id: "mv0", mac: "02:00:00:00:00:09", macvtap: { link: "eth0", mode: "bridge" as const } };
  const set = field === "link" ? { ...iface, macvtap: { ...iface.macvtap, link: value } } : { ...iface, [field]: value };
  return { ...base, interfaces: [set] };
};

describe("macvtap interfaces", () => {
  for (const hypervisor of ["qemu", "cloud-hypervisor", "crosvm", "kvmtool", "stratovirt"]) {
    it(`${hypervisor}: id, mac and link`, async () => {
      const scripts: string[] = [];
      let runs = 0;
      for (const field of ["id", "mac", "link"] as const) {
        for (const [name, payload] of Object.entries({ harmless, ...payloads })) {
          runs++;
          const outcome = await buildAndRun(sandbox, withMacvtap(hypervisor, field, payload), `${hypervisor}-${field}-${name}`.replace(/[^a-z0-9-]/gi, "_"), false);
          if (outcome.kind === "refused") {
            expect(outcome.message, `${field} ${name}`).toMatch(new RegExp(`microvm\\.interfaces\\.(\\d+|\\*)\\.${field === "link" ? "macvtap\\.link" : field}`));
            continue;
          }
          scripts.push(...outcome.scripts);
          const line = readFileSync(path.join(sandbox.root, `${hypervisor}-${field}-${name}`.replace(/[^a-z0-9-]/gi, "_"), "out/share/microvm/macvtap-interfaces"), "utf8");
          const fields = { id: "mv0", mac: "02:00:00:00:00:09", link: "eth0", [field]: payload };
          expect(line, `${field} ${name}`).toBe(`${fields.id} ${fields.mac} ${fields.link} bridge\n`);
        }
      }
      expect(runs).toBe(3 * (Object.keys(payloads).length + 1));
      expect(syntaxErrors(scripts)).toEqual([]);
      expect([...shellcheck(scripts).values()].flat()).toEqual([]);
    });
  }
});
