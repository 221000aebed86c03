/** `setDefaultModuleLocation file m`: wraps a module so that errors name `file`. */
export function setDefaultModuleLocation(file: string, m: unknown): { _file: string; imports: unknown[] } {
  return { _file: file, imports: [m] };
}
