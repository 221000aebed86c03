/** A config file could not be loaded or is invalid; the message starts with the file. */
export class ConfigLoadError extends Error {
  override name = "ConfigLoadError";
  constructor(
    /** The file as the user gave it. */
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}
