/**
 * Quoting for the places where microvm.nix interpolates a config value into
 * shell text without `escapeShellArg`. Each helper gives upstream's exact
 * text for ordinary values (paths, names, MAC addresses, `key=value` lists)
 * and a single shell word with the value unchanged for any other value.
 */

/** Characters that need no quoting anywhere in an argument (nixpkgs' safe set plus `=`). */
const plainWord = /^[A-Za-z0-9,._+:@%/=-]+$/;

/**
 * The value as (part of) one shell word: as is when it has only plain
 * characters, else single-quoted. Not for the first word of a command,
 * where `a=b` would be an assignment.
 */
export function shellWord(value: string): string {
  return plainWord.test(value) ? value : singleQuoted(value);
}

/** Always in single quotes, with `'` written as `'\''` (for text upstream writes as `'${value}'`). */
export function singleQuoted(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}

/** In double quotes, with `\`, `$`, `` ` `` and `"` escaped (for text upstream writes as `"${value}"`). */
export function doubleQuoted(value: string): string {
  return `"${value.replace(/[\\$`"]/g, (c) => `\\${c}`)}"`;
}

/**
 * A path given to a command as an operand: `./-x` for a relative path
 * starting with `-`, so `rm`, `touch` or `mkfs` cannot take it for an option.
 */
export function operandPath(path: string): string {
  return path.startsWith("-") ? `./${path}` : path;
}

/**
 * A guest forward's host address as qemu and StratoVirt hand it to a shell
 * (`guestfwd=…-cmd:nc <address> <port>` runs under `sh -c`): refused unless
 * it has only the characters of an IP address or a host name.
 */
export function guestForwardAddress(address: string, error: (message: string) => Error): string {
  if (!/^[A-Za-z0-9.:_][A-Za-z0-9.:_-]*$/.test(address)) {
    throw error(`The option \`microvm.forwardPorts.*.host.address' is ${shownValue(address)}, which is not an IP address or host name; a guest forward runs it through a shell.`);
  }
  return address;
}

/** A value as an error message shows it: JSON-quoted (control characters escaped), shortened. */
export function shownValue(value: string): string {
  const shown = JSON.stringify(value);
  return shown.length > 80 ? `${shown.slice(0, 60)}…" (${Buffer.byteLength(value)} bytes)` : shown;
}

/** Why `name` cannot be a file name, or null if it can (for names the runner turns into files or folders). */
export function fileNameProblem(name: string): string | null {
  if (name === "") return "is empty";
  if (name.includes("/")) return 'contains "/"';
  if (name.includes("..") || name === ".") return 'is "." or contains ".."';
  if (name.includes("\0")) return "contains a NUL character";
  if (Buffer.byteLength(name) > 255) return `is longer than a file name may be (${Buffer.byteLength(name)} bytes, at most 255)`;
  return null;
}
