/**
 * nixos-modules/microvm/ssh-deploy.nix: scripts that deploy the guest to a
 * host (`installOnHost`), switch a running guest over SSH (`sshSwitch`),
 * or both (`rebuild`), given the derivation paths of this evaluation.
 */
import type { Module } from "../../lib/index.js";
import type { Package } from "../../pkgs/package.js";
import type { NixosModuleArgs } from "../nixos/module-args.js";
import { derivation, drvPathOf } from "./derivation.js";
import { getExeNamed } from "./nix-helpers.js";
import type { MicrovmShareConfig } from "./types.js";

/** The program of a `writeShellScriptBin` package: the script's name. */
const mainProgram = (script: Package) => getExeNamed(script, script.name);

export const microvmSshDeployModule: Module = ({ config, lib, pkgs }: NixosModuleArgs) => {
  const { mkOption, mkIf, mkMerge, types } = lib;
  const hostNameOrPlaceholder = (): string => config.networking?.hostName ?? "$HOSTNAME";

  /** Store paths of what gets built on the host: not built here, named for `nix copy`/`nix build`. */
  const derivationPaths = () => {
    const closureInfo = derivation(pkgs, "closure-info");
    const toplevel = config.system.build.toplevel as Package;
    const nixPackage = config.nix.package as Package;
    return {
      closureInfoOut: closureInfo.outPath,
      closureInfoDrv: drvPathOf(pkgs, closureInfo),
      toplevelOut: toplevel.outPath,
      toplevelDrv: drvPathOf(pkgs, toplevel),
      nixOut: nixPackage.outPath,
      nixDrv: drvPathOf(pkgs, nixPackage),
      runnerDrv: drvPathOf(pkgs, config.microvm.declaredRunner as Package),
    };
  };

  const canSwitchViaSsh = () =>
    config.system.switch.enable &&
    // MicroVM must be reachable through SSH
    config.services.openssh.enable &&
    // Is the /nix/store mounted from the host?
    (config.microvm.shares as MicrovmShareConfig[]).some(({ source }) => source === "/nix/store");

  const installOnHostScript = (): string => {
    const paths = derivationPaths();
    const hostName = hostNameOrPlaceholder();
    return `set -eou pipefail

USAGE="Usage: $0 root@<host> [--use-remote-sudo]"

HOST="$1"
if [[ -z "$HOST" ]]; then
  echo $USAGE
  exit 1
fi
shift
SSH_CMD="bash"
if [ $# -gt 0 ]; then
  if [ "$1" == "--use-remote-sudo" ]; then
    SSH_CMD="sudo bash"
    shift
  else
    echo "$USAGE"
    exit 1
  fi
fi


echo "Copying derivations to $HOST"
nix copy --no-check-sigs --to "ssh-ng://$HOST" \\
  --derivation \\
  "${paths.closureInfoDrv}^out" \\
  "${paths.runnerDrv}^out"

ssh "$HOST" -- $SSH_CMD -e <<__SSH__
set -eou pipefail

echo "Initializing MicroVM ${hostName} if necessary"
mkdir -p /nix/var/nix/gcroots/microvm
mkdir -p /var/lib/microvms/${hostName}
cd /var/lib/microvms/${hostName}
chown microvm:kvm .
chmod 0755 .
ln -sfT \\$PWD/current /nix/var/nix/gcroots/microvm/${hostName}
ln -sfT \\$PWD/booted /nix/var/nix/gcroots/microvm/booted-${hostName}
ln -sfT \\$PWD/old /nix/var/nix/gcroots/microvm/old-${hostName}

echo "Building toplevel ${paths.toplevelOut}"
nix build -L --accept-flake-config --no-link \\
  '${paths.nixDrv}^out' '${paths.closureInfoDrv}^out' '${paths.toplevelDrv}^out'
echo "Building MicroVM runner for ${hostName}"
nix build -L --accept-flake-config -o new \\
  "${paths.runnerDrv}^out"

if [[ $(realpath ./current) != $(realpath ./new) ]]; then
  echo "Installing MicroVM ${hostName}"
  rm -f old
  if [ -e current ]; then
    mv current old
  fi
  mv new current

  if [ -e old ]; then
    echo "Success. Diff:"
    nix --extra-experimental-features nix-command \\
      store diff-closures ./old ./current \\
      || true
  else
    echo "Success."
  fi
else
  echo "MicroVM ${hostName} is already installed"
fi
__SSH__
`;
  };

  const sshSwitchScript = (): string => {
    const paths = derivationPaths();
    const hostName = hostNameOrPlaceholder();
    return `set -eou pipefail

USAGE="Usage: $0 root@<target> [--use-remote-sudo]"

TARGET="$1"
if [[ -z "$TARGET" ]]; then
  echo "$USAGE"
  exit 1
fi
shift
SSH_CMD="bash"
if [ $# -gt 0 ]; then
  if [ "$1" == "--use-remote-sudo" ]; then
    SSH_CMD="sudo bash"
    shift
  else
    echo "$USAGE"
    exit 1
  fi
fi

ssh "$TARGET" $SSH_CMD -e <<__SSH__
set -eou pipefail

hostname=\\$(cat /etc/hostname)
if [[ "\\$hostname" != "${hostName}" ]]; then
  echo "Attempting to deploy NixOS ${hostName} on host \\$hostname"
  exit 1
fi

# refresh nix db which is required for nix-env -p ... --set
echo "Refreshing Nix database"
${paths.nixOut}/bin/nix-store --load-db < ${paths.closureInfoOut}/registration
${paths.nixOut}/bin/nix-env -p /nix/var/nix/profiles/system --set ${paths.toplevelOut}

${paths.toplevelOut}/bin/switch-to-configuration "\${@:-switch}"
__SSH__
`;
  };

  const rebuildScript = (): string => {
    const { installOnHost, sshSwitch } = config.microvm.deploy as { installOnHost: Package; sshSwitch: Package | null };
    const hostName = hostNameOrPlaceholder();
    const lastLine = canSwitchViaSsh()
      ? `${mainProgram(sshSwitch!)} "$TARGET" $OPTS`
      : `ssh "$HOST" -- systemctl restart "microvm@${hostName}.service"`;
    return `set -eou pipefail

HOST="$1"
shift
TARGET="$1"
shift
OPTS="$@"
if [ $# -gt 0 ]; then
  if [ "$1" == "--use-remote-sudo" ]; then
    OPTS="$1"
    shift
  fi
fi
if [[ -z "$HOST" || -z "$TARGET" || $# -gt 0 ]]; then
  echo "Usage: $0 root@<host> root@<target> [--use-remote-sudo] switch"
  exit 1
fi

${mainProgram(installOnHost)} "$HOST" $OPTS
${lastLine}
`;
  };

  return {
    _file: "modules/microvm/ssh-deploy.ts",

    // Declarations with documentation
    options: {
      microvm: {
        deploy: {
          installOnHost: mkOption({
            get description() {
              return `Use this script to deploy the working state of your local\nFlake on a target host that imports\n\`microvm.nixosModules.host\`:\n\n\`\`\`\nnix run .#nixosConfigurations.${hostNameOrPlaceholder()}.config.microvm.deploy.installOnHost root@example.com\nssh root@example.com systemctl restart microvm@${hostNameOrPlaceholder()}\n\`\`\`\n\n- Evaluate this MicroVM to a derivation\n- Copy the derivation to the target host\n- Build the MicroVM runner on the target host\n- Install/update the MicroVM on the target host\n\nCan be followed by either:\n- \`systemctl restart microvm@${hostNameOrPlaceholder()}.service\` on the\n  target host, or\n- \`config.microvm.deploy.sshSwitch\`\n`;
            },
            type: types.package,
          }),

          sshSwitch: mkOption({
            get description() {
              return `Instead of restarting a MicroVM for an update, perform it via\nSSH.\n\nThe host's /nix/store must be mounted, and the built\n\`config.microvm.declaredRunner\` must exist in it. Use\n\`microvm.deploy.installOnHost\` like this:\n\n\`\`\`\nnix run .#nixosConfigurations.${hostNameOrPlaceholder()}.config.microvm.deploy.installOnHost root@example.com\nnix run .#nixosConfigurations.${hostNameOrPlaceholder()}.config.microvm.deploy.sshSwitch root@my-microvm.example.com switch\n\`\`\`\n`;
            },
            type: types.nullOr(types.package),
            default: null,
          }),

          rebuild: mkOption({
            get description() {
              return `\`config.microvm.deploy.installOnHost\` and \`.sshSwitch\` in one\nscript. Akin to what nixos-rebuild does but for a remote\nMicroVM.\n\n\`\`\`\nnix run .#nixosConfigurations.${hostNameOrPlaceholder()}.config.microvm.deploy.rebuild root@example.com root@my-microvm.example.com switch\n\`\`\`\n`;
            },
            type: types.nullOr(types.package),
            default: null,
          }),
        },
      },
    },

    // Implementations
    config: {
      microvm: {
        deploy: mkMerge([
          {
            get installOnHost() {
              return pkgs.writeShellScriptBin("microvm-install-on-host", installOnHostScript());
            },
            get rebuild() {
              return pkgs.writeShellScriptBin("microvm-rebuild", rebuildScript());
            },
          },
          mkIf(canSwitchViaSsh, {
            get sshSwitch() {
              return pkgs.writeShellScriptBin("microvm-switch", sshSwitchScript());
            },
          }),
        ]),
      },
    },
  };
};
