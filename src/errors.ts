/**
 * Typed errors. Library code throws these; only the CLI prints. Each carries a
 * stable code and, where it comes from a file, the file and line.
 * @module
 */

export type ErrorCode =
  | 'E_INPUT' // a document that cannot be read or decoded
  | 'E_DICT' // a malformed dictionary line
  | 'E_MODEL' // a missing or corrupt model file
  | 'E_USAGE' // a bad command-line argument
  | 'E_PIPELINE'; // pipeline misconfiguration (a stage's requirements unmet)

/** An error a user can act on: what went wrong, and where. */
export class AnnalsError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(code: ErrorCode, message: string, where?: { file?: string; line?: number }) {
    const loc = where?.file ? `${where.file}${where.line !== undefined ? `:${where.line}` : ''}: ` : '';
    super(`${loc}${message}`);
    this.name = 'AnnalsError';
    this.code = code;
    this.file = where?.file;
    this.line = where?.line;
  }
}
