import { createHash, timingSafeEqual } from 'node:crypto';
import express, { Router, type ErrorRequestHandler, type RequestHandler } from 'express';
import { z } from 'zod';
import { publicPlatforms, type Destination, type Platform } from '../core/destination';
import { IntakeError, type IntakePort } from '../intake/intake-port';
import { QUEUE_UNAVAILABLE_MESSAGE } from '../intake/queue-intake';
import { destinationSchema } from '../core/destination';
import type { BriefStateReader } from '../storage/brief-store';
import { stripUndefined } from '../core/strip-undefined';

export interface BriefsApiDeps {
  /** Bearer token; the API answers 503 "not configured" while unset. */
  apiToken: string | undefined;
  intake: IntakePort;
  states: BriefStateReader;
  /** BullMQ state of the brief job for a key ('unknown' when none). */
  jobState(key: string): Promise<string>;
  /** Longest a read may take before 503; default 1000 ms. */
  deadlineMs?: number;
  /**
   * The platforms a destination may name (default: Slack and Discord). A platform registered for tests
   * only is refused unless a test lists it here, so it is never part of the public API.
   */
  platforms?: readonly Platform[];
}

function postBody(platforms: readonly Platform[]) {
  const named = platforms.map((p) => `"${p}"`).join(' or ');
  const destination = destinationSchema.refine((d) => platforms.includes(d.platform), {
    message: `destination.platform must be ${named}`,
    path: ['platform'],
  });
  return z.object({ url: z.string().min(1).max(2048), destination: destination.optional() });
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

function bearer(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (token === undefined) {
      res.status(503).json({ error: 'the API is off: set API_TOKEN to turn it on' });
      return;
    }
    const given = /^Bearer (.+)$/i.exec(req.get('authorization') ?? '')?.[1] ?? '';
    if (!timingSafeEqual(digest(given), digest(token))) {
      res.status(401).set('www-authenticate', 'Bearer').json({ error: 'missing or wrong bearer token' });
      return;
    }
    next();
  };
}

function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('deadline')), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** POST /briefs and GET /briefs/:key, to mount at /api. */
export function createBriefsApiRouter(deps: BriefsApiDeps): Router {
  const router = Router();
  const deadline = deps.deadlineMs ?? 1000;
  const bodySchema = postBody(deps.platforms ?? publicPlatforms);
  router.use(bearer(deps.apiToken));
  router.post('/briefs', express.json({ limit: '16kb' }), async (req, res) => {
    const body = bodySchema.safeParse(req.body);
    if (!body.success) {
      res.status(400).json({
        error: 'expected {"url": "https://…", "destination"?: {"platform", "channel"}}',
        issues: body.error.issues.map((i) => i.message),
      });
      return;
    }
    try {
      const destination = body.data.destination
        ? (stripUndefined(body.data.destination) as Destination)
        : undefined;
      const result = await deps.intake.submit(body.data.url, destination);
      res.status(result.status === 'failed' ? 200 : 202).json(result);
    } catch (err) {
      if (err instanceof IntakeError && err.code === 'INVALID_URL')
        res.status(400).json({ error: err.message });
      else res.status(503).json({ error: QUEUE_UNAVAILABLE_MESSAGE });
    }
  });
  router.get('/briefs/:key', async (req, res) => {
    const key = req.params.key;
    if (!/^[0-9a-f]{8,64}$/.test(key)) {
      res.status(400).json({ error: 'a brief key is the hex string POST /api/briefs answered' });
      return;
    }
    try {
      const state = await withDeadline(deps.states.state(key), deadline);
      if (state.state === 'stored') return void res.json({ key, status: 'stored', brief: state.brief });
      if (state.state === 'failed')
        return void res.json({
          key,
          status: 'failed',
          error: state.failure.message,
          code: state.failure.code,
        });
      const job = await withDeadline(deps.jobState(key), deadline);
      if (
        state.state === 'pending' ||
        ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'].includes(job)
      ) {
        return void res.json({ key, status: 'pending', job });
      }
      if (job === 'failed')
        return void res.json({ key, status: 'failed', error: 'the link could not be briefed' });
      res.status(404).json({ key, status: 'unknown', error: 'no brief with this key (it may have expired)' });
    } catch {
      res.status(503).json({ error: QUEUE_UNAVAILABLE_MESSAGE });
    }
  });
  // Body-parser failures (malformed JSON, too large) answer in JSON like every other API error, never
  // Express's HTML page with a stack trace. https://expressjs.com/en/guide/error-handling.html
  router.use(((err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const type = (err as { type?: unknown }).type;
    if (type === 'entity.parse.failed')
      return void res
        .status(400)
        .json({ error: 'the body is not valid JSON: expected {"url": "https://…"}' });
    if (type === 'entity.too.large')
      return void res.status(413).json({ error: 'the body is larger than 16 KB' });
    const status = (err as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500)
      return void res.status(status).json({ error: 'the request could not be read' });
    res.status(500).json({ error: 'something went wrong on briefbot’s side' });
  }) as ErrorRequestHandler);
  return router;
}
