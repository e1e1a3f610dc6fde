import { App, ExpressReceiver } from '@slack/bolt';
import { Router, type Request, type Response, type NextFunction } from 'express';
import type { CommandDeps } from '../../../commands/command-deps';
import type { Clock } from '../../clock/clock';
import type { Config } from '../../config/config';
import type { Logger } from '../../logging/logger';
import type { SeenEvents } from '../../storage/seen-events';
import { SlackManagers } from './slack-managers';
import { registerBriefCommand, type SlackCommandDispatcher } from './slack-command-listener';
import { slackLogger } from './slack-logger';
import { registerWatchedMessages } from './slack-message-listener';
import { slackOAuthReceiverOptions, type SlackOAuthSettings } from './oauth/slack-oauth-options';
import { registerUninstallListeners, type UninstallDeps } from './oauth/uninstall-listener';
import { registerEventActions } from './interactions/register-event-actions';
import { createPlaceholderPoster } from './slack-placeholder-poster';

export type SlackConfig = Pick<
  Config,
  'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'SLACK_API_URL'
> &
  Partial<Pick<Config, 'SLACK_MANAGERS'>>;

/** Everything the /brief handlers need (intake, settings, clock, …) plus Slack's own needs. */
export interface SlackInputDeps extends CommandDeps {
  config: SlackConfig;
  /** Event ids already handled (RedisSeenEvents). */
  seen: SeenEvents;
  logger: Logger;
  /** Runs the /brief subcommands (commands/dispatch.ts `dispatchCommand`, given by the root). */
  dispatch: SlackCommandDispatcher;
  /**
   * Installable by many workspaces (OAuth v2, docs/adr/034-slack-oauth-installs.md) instead of one
   * SLACK_BOT_TOKEN: /slack/install and /slack/oauth_redirect on the router, a token per team.
   */
  oauth?: Omit<SlackOAuthSettings, 'apiUrl'> & Omit<UninstallDeps, 'installations' | 'logger'>;
}

/** The Slack input side, for the bot process. */
export interface SlackInput {
  /** 'http': mount `router` on the service's HTTP server; 'socket': Socket Mode, the router is empty. */
  readonly mode: 'http' | 'socket';
  /** Express router answering POST /slack/events (signature checked). */
  readonly router: Router;
  readonly app: App;
  /** Checks the token with auth.test and, in Socket Mode, connects. Call before serving requests. */
  start(): Promise<void>;
  /** Stops taking input: later requests get 503, the Socket Mode connection closes. */
  stop(): Promise<void>;
}

/** Thrown at start-up when Slack is asked for but not configured. */
export class SlackConfigError extends Error {
  readonly code = 'SLACK_CONFIG';
  constructor(message: string) {
    super(message);
    this.name = 'SlackConfigError';
  }
}

export const slackEventsPath = '/slack/events';

/** Bolt refuses old timestamps only; Slack's rule is "within 5 minutes" both ways, so refuse the future too. */
function refuseFutureTimestamps(clock: Clock) {
  return (req: Request, res: Response, next: NextFunction) => {
    const ts = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(ts) && ts > clock.now().getTime() / 1000 + 300) {
      res.status(401).send();
      return;
    }
    next();
  };
}

/** Slack's replay window: Bolt refuses a request whose timestamp is older than this. */
const REPLAY_WINDOW_SECONDS = 300;

/**
 * Drops a request whose signature was already seen within the replay window: a captured signed
 * request sent again is byte-for-byte the same, while Slack signs every request (and retry) anew.
 * The signature is remembered with SET NX for 5 minutes; older copies fail Bolt's timestamp check.
 * https://api.slack.com/authentication/verifying-requests-from-slack
 */
function dropReplays(seen: SeenEvents, logger: Logger) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const signature = req.headers['x-slack-signature'];
    if (typeof signature !== 'string' || signature === '') return next();
    if (await seen.firstSight(`request:${signature}`, REPLAY_WINDOW_SECONDS)) return next();
    logger.warn({ timestamp: req.headers['x-slack-request-timestamp'] }, 'dropped a replayed Slack request');
    res.status(200).send();
  };
}

/**
 * Builds the Bolt app that takes `/brief` and watched-channel messages. Over HTTP, Bolt's
 * ExpressReceiver sits on a router the service mounts (see docs/adr/005-slack-receiver.md);
 * with SLACK_APP_TOKEN, Socket Mode is used instead and no public URL is needed.
 */
export function createSlackInput(deps: SlackInputDeps): SlackInput {
  const {
    SLACK_BOT_TOKEN: token,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_APP_TOKEN: appToken,
  } = deps.config;
  if (token === undefined && deps.oauth === undefined)
    throw new SlackConfigError(
      'Slack is not configured: set SLACK_BOT_TOKEN (see slack/manifest.yml and .env.example).',
    );
  const apiUrl = deps.config.SLACK_API_URL.endsWith('/')
    ? deps.config.SLACK_API_URL
    : `${deps.config.SLACK_API_URL}/`;
  const logger = slackLogger(deps.logger);
  const clientOptions = { slackApiUrl: apiUrl };
  let stopped = false;
  const router = Router();
  router.use(slackEventsPath, (_req: Request, res: Response, next: NextFunction) => {
    if (stopped) res.status(503).send();
    else next();
  });

  let app: App;
  let mode: 'http' | 'socket';
  if (appToken !== undefined) {
    mode = 'socket';
    app = new App({ token, appToken, socketMode: true, logger, clientOptions, deferInitialization: true });
  } else if (deps.oauth !== undefined) {
    if (signingSecret === undefined)
      throw new SlackConfigError(
        'SLACK_SIGNING_SECRET is required with SLACK_CLIENT_ID (Basic Information).',
      );
    mode = 'http';
    router.use(slackEventsPath, refuseFutureTimestamps(deps.clock), dropReplays(deps.seen, deps.logger));
    const oauth = slackOAuthReceiverOptions({ ...deps.oauth, apiUrl }, deps.logger);
    const receiver = new ExpressReceiver({
      signingSecret,
      router,
      endpoints: slackEventsPath,
      logger,
      ...oauth,
    });
    app = new App({ receiver, logger, clientOptions, deferInitialization: true });
    registerUninstallListeners(app, {
      installations: deps.oauth.installationStore,
      forgetTeam: deps.oauth.forgetTeam,
      logger: deps.logger,
    });
  } else {
    if (signingSecret === undefined) {
      throw new SlackConfigError(
        'SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set (Slack app settings → Basic Information).',
      );
    }
    mode = 'http';
    router.use(slackEventsPath, refuseFutureTimestamps(deps.clock), dropReplays(deps.seen, deps.logger));
    const receiver = new ExpressReceiver({ signingSecret, router, endpoints: slackEventsPath, logger });
    app = new App({ token, receiver, logger, clientOptions, deferInitialization: true });
  }

  const managers = new SlackManagers({
    client: app.client,
    managers: deps.config.SLACK_MANAGERS ?? [],
    clock: deps.clock,
    logger: deps.logger,
  });
  registerBriefCommand(app, {
    teamScoped: deps.oauth !== undefined,
    commands: deps,
    managers,
    logger: deps.logger,
    dispatch: deps.dispatch,
    postPlaceholder: createPlaceholderPoster({ apiUrl }),
  });
  // The buttons under a brief's dates and the "Wrong date…" modal (interactivity, slack/manifest.yml).
  registerEventActions(app, {
    teamScoped: deps.oauth !== undefined,
    commands: deps,
    managers,
    logger: deps.logger,
    dispatch: deps.dispatch,
  });
  registerWatchedMessages(app, {
    teamScoped: deps.oauth !== undefined,
    intake: deps.intake,
    settings: deps.settings,
    seen: deps.seen,
    logger: deps.logger,
  });
  app.error(async (err) => {
    deps.logger.error({ err }, 'Slack listener failed');
  });

  return {
    mode,
    router,
    app,
    async start() {
      stopped = false;
      await app.init();
      if (mode === 'socket') await app.start();
    },
    async stop() {
      stopped = true;
      if (mode === 'socket') await app.stop();
    },
  };
}
