/**
 * The hypervisor support matrix (docs/compat.md): computed from the runner backends, up to
 * date, and showing the refusals microvm.nix's runners have (messages as its golden cases
 * record them).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { renderCompatMarkdown } from "../../docs-gen/compat-markdown.js";
import type { SupportMatrix } from "../../docs-gen/hypervisor-support.js";
import { microvmSupportMatrix, referenceCompatPath } from "../../docs-gen/reference-compat.js";
import { loadPackageSet } from "../../pkgs/package-set.js";
import { goldenDir } from "./golden.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** [option, hypervisor, message] of throws in microvm.nix's lib/runners/*.nix, set off by one option. */
const microvmNixRefusals: Array<[string, string, string]> = [
  ["microvm.initialBalloonMem", "qemu", "qemu does not support initialBalloonMem"],
  ["microvm.initialBalloonMem", "crosvm", "crosvm does not support initialBalloonMem"],
  ["microvm.initialBalloonMem", "kvmtool", "kvmtool does not support initialBalloonMem"],
  ["microvm.initialBalloonMem", "firecracker", "initialBalloonMem not implemented for Firecracker"],
  ["microvm.initialBalloonMem", "alioth", "initialBalloonMem not implemented for alioth"],
  ["microvm.hotplugMem", "crosvm", "crosvm does not support hotplugMem"],
  ["microvm.hotplugMem", "firecracker", "hotplugMem not implemented for Firecracker"],
  ["microvm.hotplugMem", "kvmtool", "kvmtool does not support hotplugMem"],
  ["microvm.hotplugMem", "alioth", "alioth does not support hotplugMem"],
  ["microvm.balloon", "firecracker", "balloon not implemented for Firecracker"],
  ["microvm.balloon", "alioth", "balloon not implemented for alioth"],
  ["microvm.user", "cloud-hypervisor", "cloud-hypervisor will not change user"],
  ["microvm.user", "firecracker", "firecracker will not change user"],
  ["microvm.user", "crosvm", "crosvm will not change user"],
  ["microvm.user", "kvmtool", "kvmtool will not change user"],
  ["microvm.user", "alioth", "alioth will not change user"],
  ["microvm.credentialFiles", "cloud-hypervisor", "cloud-hypervisor does not support credentialFiles"],
  ["microvm.credentialFiles", "crosvm", "crosvm does not support credentialFiles"],
  ["microvm.credentialFiles", "kvmtool", "kvmtool does not support credentialFiles"],
  ["microvm.credentialFiles", "firecracker", "credentialFiles are not implemented for Firecracker"],
  ["microvm.shares", "firecracker", "9p/virtiofs shares not implemented for Firecracker"],
  ["microvm.shares", "kvmtool", "virtiofs shares not implemented for kvmtool"],
  ["microvm.shares.*.proto", "cloud-hypervisor", "cloud-hypervisor supports only shares that are virtiofs"],
  ["microvm.devices", "firecracker", "devices passthrough not implemented for Firecracker"],
  ["microvm.devices", "alioth", "PCI/USB passthrough is not supported on alioth"],
  ["microvm.devices.*.bus", "cloud-hypervisor", "USB passthrough is not supported on cloud-hypervisor"],
  ["microvm.devices.*.bus", "crosvm", "USB passthrough is not supported on crosvm"],
  ["microvm.devices.*.bus", "kvmtool", "USB passthrough is not supported on kvmtool"],
  ["microvm.interfaces.*.type", "cloud-hypervisor", "Unsupported interface type user for Cloud-Hypervisor"],
  ["microvm.interfaces.*.type", "firecracker", "Network interface type user not implemented for Firecracker"],
];

describe("hypervisor support matrix", () => {
  let matrix: SupportMatrix;
  beforeAll(() => {
    matrix = microvmSupportMatrix(loadPackageSet(path.join(goldenDir, "stubs.json"), { system: "x86_64-linux" }));
  }, 120_000);

  it("docs/compat.md is up to date with the runner backends (regenerate with `npm run docs`)", () => {
    const committed = readFileSync(path.join(repoRoot, referenceCompatPath), "utf8");
    expect(committed).toBe(renderCompatMarkdown(matrix));
  });

  it("covers every visible microvm option and the seven hypervisors", () => {
    expect(matrix.hypervisors).toEqual(["qemu", "cloud-hypervisor", "firecracker", "crosvm", "kvmtool", "stratovirt", "alioth"]);
    expect(matrix.options.length).toBe(85); // as many as the HTML reference shows
  });

  it("shows microvm.nix's refusals, with their messages, in the matrix and in docs/compat.md", () => {
    const committed = readFileSync(path.join(repoRoot, referenceCompatPath), "utf8");
    for (const [name, hypervisor, message] of microvmNixRefusals) {
      const support = matrix.options.find((o) => o.name === name)?.byHypervisor[hypervisor];
      expect({ name, hypervisor, support }).toEqual({ name, hypervisor, support: { kind: "refuses", messages: expect.arrayContaining([message]) } });
      expect(committed).toContain(`  - ${hypervisor} refuses: \`${message}\``);
    }
  });

  it("tells uses from ignores and warns by what the backends do", () => {
    const kinds = (name: string) => matrix.hypervisors.map((hv) => matrix.options.find((o) => o.name === name)!.byHypervisor[hv]!.kind);
    // only its own backend reads a hypervisor's extraArgs
    expect(kinds("microvm.qemu.extraArgs")).toEqual(["uses", "ignores", "ignores", "ignores", "ignores", "ignores", "ignores"]);
    expect(kinds("microvm.crosvm.extraArgs")).toEqual(["ignores", "ignores", "ignores", "uses", "ignores", "ignores", "ignores"]);
    expect(kinds("microvm.vcpu")).toEqual(Array(7).fill("uses"));
    // firecracker, kvmtool and alioth warn that they ignore a volume's serial
    const serial = matrix.options.find((o) => o.name === "microvm.volumes.*.serial")!.byHypervisor;
    expect(serial.firecracker).toEqual({ kind: "warns", messages: ["Volume serial is not supported for firecracker"] });
    expect(serial.qemu!.kind).toBe("uses");
  });
});
