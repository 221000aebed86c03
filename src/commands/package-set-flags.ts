/** The `--pkgs`, `--system` and `--build-system` flags every evaluating command takes. */
import type { PackageSetChoice } from "../evaluate.js";
import { closestNames, showChoices } from "../suggest.js";
import { UsageError } from "./usage-error.js";

/** nixpkgs' `lib.systems.flakeExposed` and the other Linux systems microvm.nix may build for. */
export const knownSystems: readonly string[] = [
  "x86_64-linux",
  "aarch64-linux",
  "i686-linux",
  "armv6l-linux",
  "armv7l-linux",
  "riscv64-linux",
  "powerpc64le-linux",
  "loongarch64-linux",
  "s390x-linux",
  "x86_64-darwin",
  "aarch64-darwin",
  "x86_64-freebsd",
];

/** A usage error (exit 2) for a system name nixpkgs does not know. */
function checkSystem(flag: string, system: string | undefined): void {
  if (system === undefined || knownSystems.includes(system)) return;
  const close = closestNames(system, [...knownSystems]);
  throw new UsageError(
    `${flag}: unknown system '${system}'${close.length === 0 ? "" : `; did you mean ${showChoices(close)}?`} (known: ${knownSystems.join(", ")})`,
  );
}

export interface PackageSetFlags {
  pkgs?: string;
  system?: string;
  buildSystem?: string;
}

export function packageSetChoice(flags: PackageSetFlags): PackageSetChoice {
  checkSystem("--system", flags.system);
  checkSystem("--build-system", flags.buildSystem);
  return {
    ...(flags.pkgs === undefined ? {} : { pkgsFile: flags.pkgs }),
    ...(flags.system === undefined ? {} : { system: flags.system }),
    ...(flags.buildSystem === undefined ? {} : { buildSystem: flags.buildSystem }),
  };
}
