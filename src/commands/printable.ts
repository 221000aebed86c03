/**
 * Text the CLI prints to a terminal: control characters in it (from config
 * values, file names, error messages quoting them) are shown escaped, so a
 * value cannot move the cursor, rewrite earlier lines or change the
 * terminal's state. Line feeds and tabs stay.
 */
export function printable(text: string): string {
  // C0 controls but \t and \n, DEL, and the C1 controls (U+0080–U+009F)
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : c;
  });
}

/**
 * {@link printable}, keeping the bold and dim styles `--show-option` puts
 * around its headings on a terminal (they are escaped with the rest, then
 * put back; no other control sequence is).
 */
export function printableStyled(text: string): string {
  return printable(text).replace(/\\x1b\[(1|2|22)m/g, "\x1b[$1m");
}
