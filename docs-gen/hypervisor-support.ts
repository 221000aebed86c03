/**
 * Which hypervisor honours each `microvm.*` option, computed from the runner backends
 * themselves (src/runners), not written by hand.
 *
 * For each hypervisor a base config is evaluated and its runner built; then, for each
 * option, a config that sets the option to other values (every other value of an enum)
 * is built and compared with the base:
 * - the backend throws → `refuses` (with its message; a failed module assertion counts too),
 * - a new warning → `warns` (with the warning),
 * - the runner's scripts, files, links or passthru differ → `uses`,
 * - nothing differs → `ignores` (the runner ignores it; the option may still act inside
 *   the guest, e.g. `microvm.shares.*.mountPoint` in the guest's fileSystems).
 * Options under a list (`microvm.shares.*.proto`) are varied on one element, against a
 * base that has that element. Outputs (`microvm.runner`) and options that select the
 * hypervisor or host packages are not varied.
 */
import { type Module } from "../lib/index.js";
import { configWarnings, failedAssertions } from "../src/checks.js";
import { evaluateModules } from "../src/evaluate.js";
import { runnerOf } from "../src/runner-of-config.js";
import { hypervisors } from "../src/runners/index.js";
import type { Runner } from "../src/runners/runner.js";
import type { PackageSet } from "../pkgs/package-set.js";

export type SupportKind = "uses" | "ignores" | "warns" | "refuses" | "n/a";

/** How one hypervisor treats one option. */
export interface Support {
  kind: SupportKind;
  /** The refusal or warning message(s), or why the option could not be checked (`n/a`). */
  messages: string[];
}

export interface OptionSupport {
  name: string;
  /** The values tried (as JSON). */
  tried: string[];
  byHypervisor: Record<string, Support>;
}

export interface SupportMatrix {
  hypervisors: readonly string[];
  options: OptionSupport[];
}

/** An option path as a nested definition: `["microvm","vsock","cid"]`, 3 → `{ microvm: { vsock: { cid: 3 } } }`. */
function nested(loc: readonly string[], value: unknown): Record<string, unknown> {
  let result: unknown = value;
  for (let i = loc.length - 1; i >= 0; i--) result = { [loc[i]!]: result };
  return result as Record<string, unknown>;
}

/** One element of each list-of-submodule option: the element sub-options are varied on. */
const listElements: Record<string, Record<string, unknown>> = {
  interfaces: { type: "tap", id: "vm-test1", mac: "02:00:00:00:00:01" },
  volumes: { image: "data.img", size: 1024, mountPoint: "/data" },
  shares: { tag: "data", source: "/srv/data", mountPoint: "/data", proto: "virtiofs", socket: "data.sock" },
  devices: { bus: "pci", path: "0000:01:00.0" },
  forwardPorts: { from: "host", host: { port: 2222 }, guest: { port: 22 } },
};

/** Values for options whose type gives no obvious other value. */
const chosenValues: Record<string, unknown[]> = {
  "microvm.credentialFiles": [{ SECRET: "/run/secrets/secret" }],
  "microvm.firecracker.cpu": [{ cpu_template: "T2" }],
  "microvm.qemu.machineOpts": [{ accel: "tcg" }],
  "microvm.binScripts": [{ hello: "echo hello" }],
  "microvm.initrdPath": ["/nix/store/22222222222222222222222222222222-initrd/initrd"],
  "microvm.vsock.cid": [42],
  "microvm.interfaces.*.id": ["vm-test2"],
  "microvm.volumes.*.fsType": ["xfs"],
  "microvm.virtiofsd.threadPoolSize": [4],
  "microvm.interfaces.*.macvtap.link": ["eth1"],
  "microvm.interfaces.*.macvtap.mode": ["private"],
  "microvm.interfaces.*.bridge": ["br1"],
  "microvm.forwardPorts.*.guest.port": [80],
  "microvm.forwardPorts.*.host.port": [8080],
};

/** Not varied: outputs, the hypervisor itself, host-side package sets, host registration. */
const notVaried: Record<string, string> = {
  "microvm.hypervisor": "selects the hypervisor",
  "microvm.runner": "an output (the runners)",
  "microvm.declaredRunner": "an output (the runner)",
  "microvm.vmHostPackages": "a package set",
  "microvm.registerClosure": "read by the host module, not the runner",
  "microvm.guest.enable": "switches the guest module off",
  "microvm.graphics.backend": "depends on the host platform",
  "microvm.kernel": "a package: a stand-in kernel lacks the outputs (dev, …) backends read",
};

function enumValues(type: string): string[] | null {
  const match = /(?:^|or )one of ((?:"[^"]*"(?:, )?)+)$/.exec(type);
  return match === null ? null : [...match[1]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
}

/** Other values for an option of `type` whose current value is `current`. */
function otherValues(name: string, type: string, current: unknown): unknown[] {
  const chosen = chosenValues[name];
  if (chosen !== undefined) return chosen;
  const key = name.split(".").slice(1, 2)[0]!;
  if (type === "list of (submodule)" && listElements[key] !== undefined) return [[listElements[key]]];
  const values = enumValues(type);
  if (values !== null) return values.filter((v) => v !== current);
  if (type === "boolean") return [current !== true];
  if (/integer/.test(type) && typeof current === "number") return [current === 0 ? 256 : current * 2];
  if (type.startsWith("list of string")) return [[...((current as string[] | null) ?? []), "--changed"]];
  if (/string|path/.test(type)) {
    if (type.startsWith("null or") && current !== null) return [null];
    if (/absolute path/.test(type)) return ["/changed"];
    return [typeof current === "string" && current !== "" ? `${current}-changed` : "changed"];
  }
  return [];
}

/** The value at `loc` (`*` = the first element), or undefined when it has none. */
function readPath(value: unknown, loc: readonly string[]): unknown {
  try {
    let node = value;
    for (const name of loc) {
      if (node === null || typeof node !== "object") return undefined;
      node = name === "*" ? (node as unknown[])[0] : (node as Record<string, unknown>)[name];
    }
    return node;
  } catch {
    return undefined; // an option without a value (`macvtap.link` of a tap interface)
  }
}

interface Outcome {
  error?: string;
  warnings: string[];
  fingerprint: string;
}

function build(modules: Module[], pkgs: PackageSet, hypervisor: string): Outcome {
  try {
    const configuration = evaluateModules(modules, pkgs);
    const failed = failedAssertions(configuration);
    if (failed.length > 0) return { error: failed.join("; "), warnings: [], fingerprint: "" };
    const runner: Runner = runnerOf(configuration, pkgs, hypervisor);
    const { binScripts, files, symlinks, passthru, storeFiles, path } = runner;
    return {
      warnings: [...configWarnings(configuration), ...runner.warnings].map((w) => w.replace(/\n$/, "")),
      fingerprint: JSON.stringify({ path, binScripts, files, symlinks, passthru, storeFiles }),
    };
  } catch (error) {
    return { error: (error as Error).message, warnings: [], fingerprint: "" };
  }
}

/** The options to check: every visible `microvm.*` option of the doc list. */
export interface SupportOption {
  name: string;
  loc: string[];
  type: string;
}

function compare(base: Outcome, variants: Outcome[]): Support {
  const errors = [...new Set(variants.flatMap((v) => (v.error === undefined ? [] : [v.error])))];
  if (errors.length > 0) return { kind: "refuses", messages: errors };
  const warnings = [...new Set(variants.flatMap((v) => v.warnings.filter((w) => !base.warnings.includes(w))))];
  if (warnings.length > 0) return { kind: "warns", messages: warnings };
  return { kind: variants.some((v) => v.fingerprint !== base.fingerprint) ? "uses" : "ignores", messages: [] };
}

/**
 * Definitions some options need to have an effect, set in both the base and the variants
 * (`deflateOnOOM` acts only with a balloon; `forwardPorts` needs a user-mode interface).
 */
const userInterface = { interfaces: [{ type: "user", id: "vm-usr", mac: "02:00:00:00:00:02" }] };
const optionContext: Record<string, Record<string, unknown>> = {
  "microvm.deflateOnOOM": { balloon: true },
  "microvm.hotpluggedMem": { hotplugMem: 1024 },
  "microvm.graphics.socket": { graphics: { enable: true } },
  "microvm.forwardPorts": userInterface,
  "microvm.virtiofsd.extraArgs": { shares: [listElements.shares] },
  "microvm.virtiofsd.group": { shares: [listElements.shares] },
  "microvm.virtiofsd.inodeFileHandles": { shares: [listElements.shares] },
  "microvm.virtiofsd.threadPoolSize": { shares: [listElements.shares] },
};

/** The list element a sub-option is varied on, when the generic one would not show it. */
const elementOf: Record<string, Record<string, unknown>> = {
  "microvm.interfaces.*.bridge": { type: "bridge", id: "vm-br1", mac: "02:00:00:00:00:03", bridge: "br0" },
  "microvm.interfaces.*.macvtap.link": { type: "macvtap", id: "vm-mv1", mac: "02:00:00:00:00:04", macvtap: { link: "eth0", mode: "bridge" } },
  "microvm.interfaces.*.macvtap.mode": { type: "macvtap", id: "vm-mv1", mac: "02:00:00:00:00:04", macvtap: { link: "eth0", mode: "bridge" } },
};

/** Whole elements for sub-options whose other values need other fields too. */
const elementVariants: Record<string, Array<Record<string, unknown>>> = {
  "microvm.interfaces.*.type": [
    { type: "user", id: "vm-test1", mac: "02:00:00:00:00:01" },
    { type: "macvtap", id: "vm-test1", mac: "02:00:00:00:00:01", macvtap: { link: "eth0", mode: "bridge" } },
    { type: "bridge", id: "vm-test1", mac: "02:00:00:00:00:01", bridge: "br0" },
  ],
};

function definitionModule(file: string, microvm: Record<string, unknown>): Module {
  return { _file: file, config: { microvm } };
}

/**
 * Computes the support matrix of `options` over the seven hypervisors with `pkgs` (a
 * package set with every hypervisor's program; the golden stubs.json serves).
 */
export function computeSupportMatrix(options: readonly SupportOption[], pkgs: PackageSet): SupportMatrix {
  const host: Module = { _file: "<compat>", config: { networking: { hostName: "vm" } } };
  const result: OptionSupport[] = [];
  const baseOf = new Map<string, { outcome: Outcome; config: unknown }>();
  const baseFor = (hypervisor: string, modules: Module[], key: string) => {
    let base = baseOf.get(key);
    if (base === undefined) {
      let config: unknown;
      try {
        config = evaluateModules(modules, pkgs).config;
      } catch {
        config = undefined;
      }
      base = { outcome: build(modules, pkgs, hypervisor), config };
      baseOf.set(key, base);
    }
    return base;
  };
  for (const option of options) {
    if (option.loc[0] !== "microvm") continue;
    const list = option.loc[2] === "*" ? option.loc[1]! : null;
    const element = list === null ? null : (elementOf[option.name] ?? listElements[list]);
    const context = optionContext[option.name] ?? (list === "forwardPorts" ? userInterface : {});
    const byHypervisor: Record<string, Support> = {};
    let tried: unknown[] = [];
    for (const hypervisor of hypervisors) {
      const skip = notVaried[option.name];
      if (skip !== undefined || (list !== null && element === undefined)) {
        byHypervisor[hypervisor] = { kind: "n/a", messages: [skip ?? "no list element to vary"] };
        continue;
      }
      const common = [host, definitionModule("<compat context>", { hypervisor, ...context })];
      const listModule = (el: unknown): Module[] => (list === null ? [] : [definitionModule("<compat element>", { [list]: [el] })]);
      const baseModules = [...common, ...listModule(element)];
      const base = baseFor(hypervisor, baseModules, JSON.stringify([hypervisor, context, list, element]));
      if (base.outcome.error !== undefined) {
        byHypervisor[hypervisor] = { kind: "n/a", messages: [`the base config is refused: ${base.outcome.error}`] };
        continue;
      }
      const wholeElements = elementVariants[option.name];
      tried = wholeElements ?? otherValues(option.name, option.type, readPath(base.config, option.loc));
      if (tried.length === 0) {
        byHypervisor[hypervisor] = { kind: "n/a", messages: [`no other value known for type ${option.type}`] };
        continue;
      }
      const variants = tried.map((value) => {
        const modules =
          list === null
            ? [...common, { _file: "<compat variant>", config: nested(option.loc, value) }]
            : [...common, ...listModule(wholeElements !== undefined ? value : mergeElement(element!, option.loc.slice(3), value))];
        return build(modules, pkgs, hypervisor);
      });
      byHypervisor[hypervisor] = compare(base.outcome, variants);
    }
    result.push({ name: option.name, tried: tried.map((v) => JSON.stringify(v)), byHypervisor });
  }
  return { hypervisors, options: result };
}

function mergeElement(element: Record<string, unknown>, loc: readonly string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = loc;
  if (head === undefined) return element;
  const inner = element[head];
  return {
    ...element,
    [head]: rest.length === 0 ? value : mergeElement((inner as Record<string, unknown> | undefined) ?? {}, rest, value),
  };
}
