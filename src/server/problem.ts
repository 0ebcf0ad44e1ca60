/**
 * Every error the server answers is an RFC 9457 problem details document
 * (`application/problem+json`): `type` names the kind of problem, `title` says it in words that
 * do not change, `detail` says what happened this time and what to do.
 */

export const PROBLEM_TYPE = 'application/problem+json';

/** Problem kinds; each `type` is `urn:parallax:problem:<code>`. */
export const PROBLEMS = {
  'bad-request': { status: 400, title: 'The request is malformed' },
  'invalid-parameter': { status: 400, title: 'A query parameter is invalid' },
  'unauthorized': { status: 401, title: 'A valid bearer token is needed' },
  'writes-disabled': { status: 403, title: 'Writes are disabled on this server' },
  'not-found': { status: 404, title: 'No such resource' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported content type' },
  'rate-limited': { status: 429, title: 'Too many writes' },
  'internal': { status: 500, title: 'Internal server error' },
  'busy': { status: 503, title: 'The server is busy' },
  'timeout': { status: 503, title: 'The request took too long' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Which query parameter or body part is at fault, when one is. */
  parameter?: string;
}

/** Thrown by handlers and middleware; the app's error handler turns it into the response. */
export class Problem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extra: { parameter?: string; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }

  get status(): number {
    return PROBLEMS[this.code].status;
  }

  body(): ProblemBody {
    return {
      type: `urn:parallax:problem:${this.code}`,
      title: PROBLEMS[this.code].title,
      status: this.status,
      detail: this.detail,
      ...(this.extra.parameter !== undefined ? { parameter: this.extra.parameter } : {}),
    };
  }

  response(): Response {
    return new Response(JSON.stringify(this.body()), {
      status: this.status,
      headers: { 'Content-Type': PROBLEM_TYPE, ...this.extra.headers },
    });
  }
}
