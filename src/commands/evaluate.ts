/** `microvm evaluate [FILE...] [--show-option PATH | --json [PATH]]`. */
import { AssertionsFailed, configWarnings, failedAssertions, showFailedAssertions } from "../checks.js";
import { evaluate } from "../evaluate.js";
import { parseOptionPath } from "../option-path.js";
import { plainValue } from "../plain-value.js";
import { showOptionText, UnknownOptionError, useColour } from "../show-option.js";
import { closestNames, showChoices } from "../suggest.js";
import { printable, printableStyled } from "./printable.js";
import { UsageError } from "./usage-error.js";
import { packageSetChoice, type PackageSetFlags } from "./package-set-flags.js";

export interface EvaluateFlags extends PackageSetFlags {
  showOption?: string;
  json?: string | boolean;
  omitUndefined?: boolean;
  recursive?: boolean;
}

/** Reads `path` in the config, with "did you mean" for a name that is not there. */
function configAt(config: Record<string, unknown>, path: readonly string[]): unknown {
  let v: unknown = config;
  for (let i = 0; i < path.length; i++) {
    const container = v as Record<string, unknown>;
    if (v === null || typeof v !== "object" || !Object.hasOwn(container, path[i]) || (i === 0 && path[i] === "_module")) {
      const names = v !== null && typeof v === "object" ? Object.keys(container).filter((n) => n !== "_module") : [];
      const parent = path.slice(0, i).join(".");
      const close = closestNames(path[i], names).map((n) => (parent === "" ? n : `${parent}.${n}`));
      throw new UnknownOptionError(
        `\`${path.slice(0, i + 1).join(".")}' is not in the config.${close.length === 0 ? "" : ` Did you mean ${showChoices(close)}?`}`,
      );
    }
    v = container[path[i]];
  }
  return v;
}

export async function evaluateCommand(files: string[], flags: EvaluateFlags): Promise<void> {
  if (flags.showOption !== undefined && flags.json !== undefined) {
    throw new UsageError("--show-option and --json cannot be used together");
  }
  if (flags.omitUndefined === true && flags.json === undefined) throw new UsageError("--omit-undefined goes with --json");
  if (flags.recursive === true && flags.showOption === undefined) throw new UsageError("-r goes with --show-option");
  const { configuration, pkgs } = await evaluate({ files, ...packageSetChoice(flags) });

  const failed = failedAssertions(configuration);
  if (failed.length > 0) throw new AssertionsFailed(showFailedAssertions(failed));
  for (const w of configWarnings(configuration)) process.stderr.write(printable(`warning: ${w}\n`));

  if (flags.showOption !== undefined) {
    const how = { recursive: flags.recursive === true, colour: useColour() };
    process.stdout.write(printableStyled(showOptionText(configuration, parseOptionPath(flags.showOption), pkgs, how)));
  } else if (flags.json !== undefined) {
    const path = typeof flags.json === "string" ? parseOptionPath(flags.json) : [];
    const value = configAt(configuration.config, path);
    // every value read, as `nix eval --json` does: an option that is used but has no value fails
    const undefinedOptions = flags.omitUndefined === true ? "omit" : "strict";
    process.stdout.write(`${JSON.stringify(plainValue(value, pkgs, new Set(), undefinedOptions), null, 2)}\n`);
  } else {
    // every microvm.* value, so that any mistake in them shows up now; then what the VM is
    const { config } = configuration;
    plainValue(config.microvm, pkgs);
    const { hypervisor, vcpu, mem } = config.microvm as { hypervisor: string; vcpu: number; mem: number };
    process.stdout.write(printable(`${config.networking.hostName as string}: ${hypervisor}, ${vcpu} vCPU${vcpu === 1 ? "" : "s"}, ${mem} MB\n`));
  }
}
