import type { ExtractionHealth } from '../engine/article';

/**
 * What a reader should know about how the page was read, as brief warnings (shown under the brief
 * in Slack and Discord): a consent wall or a page too short to brief means the brief may miss most
 * of the story, so it says so instead of looking complete. Paywalled pages never get here (refused).
 */
export function healthWarnings(health: ExtractionHealth | undefined): string[] {
  if (!health) return [];
  if (health.consentWalled) {
    return [
      `the page showed a cookie or consent wall and only ${health.chars} characters of article text came through; this brief may miss most of the story`,
    ];
  }
  if (health.tooShort) {
    return [
      `only ${health.chars} characters of article text came through (a teaser, live page or video page?); this brief may be incomplete`,
    ];
  }
  return [];
}
