/**
 * lib/volumes.nix: the part of microvm-run that creates and formats
 * volume images that do not exist yet.
 */
import type { Package } from "../../pkgs/package.js";
import type { PackageSet } from "../../pkgs/package-set.js";
import { type MicrovmVolume, RunnerError } from "./types.js";
import { doubleQuoted, operandPath, singleQuoted } from "../../modules/microvm/shell.js";
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
 * `createVolumesScript`: for every `autoCreate` volume, shell lines that
 * create, mark NOCOW, size and format its image unless it exists. Unlike
 * upstream, an existing image is never touched, a new one is made in a
 * temporary file beside it and renamed into place only once `mkfs`
 * succeeded (without replacing an image that appeared meanwhile), and an
 * image path that is a dangling symlink is refused. Warns
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
  // `./-x` rather than `-x`: no image name becomes an option of a command
  const img = singleQuoted(operandPath(image));
  return (
    `if [ -L ${img} ] && [ ! -e ${img} ]; then\n` +
    `  echo ${doubleQuoted(`microvm-run: volume image ${image} is a dangling symlink; not creating it`)} >&2\n` +
    "  exit 1\n" +
    "fi\n" +
    `if [ ! -e ${img} ]; then\n` +
    `  IMAGE_NEW=$(mktemp ${singleQuoted(`${operandPath(image)}.new-XXXXXX`)})\n` +
    "  # Mark NOCOW\n" +
    '  chattr +C "$IMAGE_NEW" || true\n' +
    `  truncate -s ${size}M "$IMAGE_NEW"\n` +
    `  if ! mkfs.${fsType} ${labelArgument} ${mkfsExtraArgsString} "$IMAGE_NEW"; then\n` +
    '    rm -f "$IMAGE_NEW"\n' +
    "    exit 1\n" +
    "  fi\n" +
    "  # never replaces an image made meanwhile (newer mv -n fails then)\n" +
    `  mv -n -T "$IMAGE_NEW" ${img} || true\n` +
    '  rm -f "$IMAGE_NEW"\n' +
    "fi\n"
  );
}
