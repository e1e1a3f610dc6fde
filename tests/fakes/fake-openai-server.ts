import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One canned answer of the fake, used by the next POST /v1/chat/completions. */
export type FakeOpenAIAnswer =
  /** A completion whose message content is `JSON.stringify(content)`. */
  | { kind: 'json'; content: unknown; usage?: { prompt: number; completion: number }; delayMs?: number }
  /** A completion whose content is this raw text (e.g. not JSON at all). */
  | { kind: 'text'; content: string }
  /** A completion with `message.refusal` set, as OpenAI answers a refused structured request. */
  | { kind: 'refusal'; refusal: string }
  /** An HTTP error (429 with retry-after-ms, 500, 400 …) with an OpenAI-style error body. */
  | { kind: 'status'; status: number; headers?: Record<string, string>; message?: string }
  /** Never answers (the socket stays open until the client gives up or the fake closes). */
  | { kind: 'hang' };

/** A request the fake received. */
export interface RecordedOpenAIRequest {
  path: string;
  authorization: string | undefined;
  body: {
    model: string;
    messages: Array<{ role: string; content: string }>;
    response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
    [k: string]: unknown;
  };
}

/**
 * An OpenAI-compatible chat completions server on 127.0.0.1 for the real `openai` SDK (`baseURL`):
 * answers from a queue of canned answers (then `fallback`), records every request body, and can act as
 * a server without JSON-schema output (`rejectJsonSchema`: 400 for response_format json_schema).
 */
export class FakeOpenAIServer {
  readonly requests: RecordedOpenAIRequest[] = [];
  private readonly queue: FakeOpenAIAnswer[] = [];
  fallback: FakeOpenAIAnswer = { kind: 'status', status: 500, message: 'fake: no canned answer left' };
  rejectJsonSchema = false;

  private constructor(
    private readonly server: http.Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<FakeOpenAIServer> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeOpenAIServer(server, `http://127.0.0.1:${port}`);
    server.on('request', (req, res) => void fake.handle(req, res));
    return fake;
  }

  /** The base URL to give the SDK / OPENAI_BASE_URL. */
  get baseURL(): string {
    return `${this.origin}/v1`;
  }

  /** Chat completion calls received so far. */
  get calls(): number {
    return this.requests.length;
  }

  enqueue(...answers: FakeOpenAIAnswer[]): void {
    this.queue.push(...answers);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      send(res, 404, {
        error: { message: `fake: no route ${req.method} ${req.url}`, type: 'invalid_request_error' },
      });
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedOpenAIRequest['body'];
    this.requests.push({ path: req.url, authorization: req.headers.authorization, body });
    if (this.rejectJsonSchema && body.response_format?.type === 'json_schema') {
      send(res, 400, {
        error: {
          message: "response_format type 'json_schema' is not supported",
          type: 'invalid_request_error',
        },
      });
      return;
    }
    const answer = this.queue.shift() ?? this.fallback;
    const promptChars = body.messages.reduce((n, m) => n + String(m.content).length, 0);
    switch (answer.kind) {
      case 'hang':
        return;
      case 'status':
        send(
          res,
          answer.status,
          { error: { message: answer.message ?? `fake status ${answer.status}`, type: 'server_error' } },
          answer.headers,
        );
        return;
      case 'refusal':
        send(
          res,
          200,
          completion(
            body.model,
            { content: null, refusal: answer.refusal },
            promptChars,
            answer.refusal.length,
          ),
        );
        return;
      case 'text':
        send(
          res,
          200,
          completion(
            body.model,
            { content: answer.content, refusal: null },
            promptChars,
            answer.content.length,
          ),
        );
        return;
      case 'json': {
        if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
        const content = JSON.stringify(answer.content);
        const usage = answer.usage
          ? { prompt_tokens: answer.usage.prompt, completion_tokens: answer.usage.completion }
          : undefined;
        send(
          res,
          200,
          completion(body.model, { content, refusal: null }, promptChars, content.length, usage),
        );
      }
    }
  }
}

function completion(
  model: string,
  message: { content: string | null; refusal: string | null },
  promptChars: number,
  completionChars: number,
  usage?: { prompt_tokens: number; completion_tokens: number },
): unknown {
  const u = usage ?? {
    prompt_tokens: Math.ceil(promptChars / 4),
    completion_tokens: Math.ceil(completionChars / 4),
  };
  return {
    id: `chatcmpl-fake-${Math.random().toString(36).slice(2)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      { index: 0, message: { role: 'assistant', ...message }, finish_reason: 'stop', logprobs: null },
    ],
    usage: { ...u, total_tokens: u.prompt_tokens + u.completion_tokens },
  };
}

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
