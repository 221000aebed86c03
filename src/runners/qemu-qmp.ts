/**
 * qemu's QMP scripts (lib/runners/qemu.nix): the shutdown command that sends
 * ctrl-alt-delete and the balloon script, both talking to the `-qmp` socket.
 */
import type { PackageSet } from "../../pkgs/package-set.js";
import { shellWord } from "../../modules/microvm/shell.js";
import { nixToJSON, pkgPath } from "./util.js";

/** qemu.nix's `writeQmp`: a shell line echoing one QMP command. */
function writeQmp(data: unknown): string {
  return `echo '${nixToJSON(data)}'\n`;
}

function keyDown(key: string): unknown {
  return { type: "key", data: { down: true, key: { type: "qcode", data: key } } };
}

/** `shutdownCommand` for a VM with a control socket: ctrl-alt-delete, then wait for qemu to exit. */
export function qmpShutdownCommand(pkgs: PackageSet, socket: string): string {
  const capabilities = writeQmp({ execute: "qmp_capabilities" });
  const ctrlAltDelete = writeQmp({
    execute: "input-send-event",
    arguments: { events: [keyDown("ctrl"), keyDown("alt"), keyDown("delete")] },
  });
  return (
    "(\n" +
    `  ${capabilities}\n` +
    `  ${ctrlAltDelete}\n` +
    "   # wait for exit\n" +
    "  cat\n" +
    ") | \\\n" +
    `${pkgPath(pkgs, "socat")}/bin/socat STDIO UNIX:${shellWord(socket)},shut-none\n`
  );
}

/** `setBalloonScript`: resizes the balloon to `$SIZE` MB and prints the actual size. */
export function qmpSetBalloonScript(pkgs: PackageSet, socket: string): string {
  const capabilities = writeQmp({ execute: "qmp_capabilities" });
  // 987 is a placeholder that sed replaces by the size in bytes
  const balloon = writeQmp({ execute: "balloon", arguments: { value: 987 } });
  return (
    "VALUE=$(( $SIZE * 1024 * 1024 ))\n" +
    "SIZE=$( (\n" +
    `  ${capabilities}\n` +
    `  ${balloon}\n` +
    ') | sed -e "s/987/$VALUE/" | \\\n' +
    `  ${pkgPath(pkgs, "socat")}/bin/socat STDIO UNIX:${shellWord(socket)},shut-none | \\\n` +
    "  tail -n 1 | \\\n" +
    `  ${pkgPath(pkgs, "jq")}/bin/jq -r .data.actual \\\n` +
    ")\n" +
    "echo $(( $SIZE / 1024 / 1024 ))\n"
  );
}
