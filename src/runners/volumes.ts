/**
 * lib/volumes.nix: the part of microvm-run that creates and formats
 * volume images that do not exist yet.
 */
import type { Package } from "../../pkgs/package.js";
import type { PackageSet } from "../../pkgs/package-set.js";
import { type MicrovmVolume, RunnerError } from "./types.js";
import { escapeShellArgs, makeBinPath } from "./util.js";

/** The package with `mkfs.<fsType>`. */
const fsTypeToUtil: Record<string, string> = {
  ext2: "e2fsprogs",
  ext3: "e2fsprogs",
  ext4: "e2fsprogs",
  xfs: "xfsprogs",
  btrfs: "btrfs-progs",
  vfat: "dosfstools",
};

/** File systems whose mkfs takes the label as `-L`. */
const labelledWithL = ["ext2", "ext3", "ext4", "xfs", "btrfs"];

function fsUtil(pkgs: PackageSet, fsType: string): Package {
  if (!Object.hasOwn(fsTypeToUtil, fsType)) throw new RunnerError(`Do not know how to handle ${fsType}`);
  return pkgs.get(fsTypeToUtil[fsType]);
}

/**
 * Always single-quoted, with `'` written as `'\''`. Upstream writes
 * `'${image}'` without escaping; this gives the same text for every path
 * without a `'` and a working script for the others.
 */
function singleQuoted(s: string): string {
  return `'${s.replaceAll("'", "'\\''")}'`;
}

/**
 * `createVolumesScript`: for every `autoCreate` volume, shell lines that
 * create, mark NOCOW, size and format its image unless it exists. Warns
 * (with upstream's words) about labels that will not be applied.
 */
export function createVolumesScript(
  pkgs: PackageSet,
  volumes: readonly MicrovmVolume[],
  warn: (message: string) => void,
): string {
  if (volumes.length === 0) return "";
  const pathLine = volumes.some((v) => v.autoCreate)
    ? `PATH=$PATH:${makeBinPath([pkgs.get("coreutils"), ...volumes.map((v) => fsUtil(pkgs, v.fsType))])}\n`
    : "";
  return pathLine + volumes.map((v) => volumeScript(v, warn)).join("\n");
}

function volumeScript(volume: MicrovmVolume, warn: (message: string) => void): string {
  const { image, label, size, mkfsExtraArgs, fsType, autoCreate } = volume;
  if (label !== null && !autoCreate) {
    warn(
      "Volume is not automatically labeled unless autoCreate is true. Volume has to be labeled manually, otherwise it will not be identified",
    );
  }
  if (!autoCreate) return "";
  let labelOption: string | null;
  if (labelledWithL.includes(fsType)) labelOption = "-L";
  else if (fsType === "vfat") labelOption = "-n";
  else {
    if (label !== null) {
      warn(
        `Will not label volume ${label} with filesystem type ${fsType}. Open an issue on the microvm.nix project to request a fix.`,
      );
    }
    labelOption = null;
  }
  const labelArgument = labelOption !== null && label !== null ? `${labelOption} ${singleQuoted(label)}` : "";
  const mkfsExtraArgsString = mkfsExtraArgs !== null ? escapeShellArgs(mkfsExtraArgs) : " ";
  const img = singleQuoted(image);
  return (
    `if [ ! -e ${img} ]; then\n` +
    `  touch ${img}\n` +
    "  # Mark NOCOW\n" +
    `  chattr +C ${img} || true\n` +
    `  truncate -s ${size}M ${img}\n` +
    `  mkfs.${fsType} ${labelArgument} ${mkfsExtraArgsString} ${img}\n` +
    "fi\n"
  );
}
