import type { Article } from '../article';
import type { Brief } from '../brief';
import type { Clock } from '../../clock/clock';
import { withoutInstructions } from './instruction-paragraphs';
import { DEFAULT_ARTICLE_TOKEN_BUDGET, estimateTokens, trimArticle } from './trim-article';

/** What both model engines send: the reference date and the article's trusted, trimmed text. */
export interface ModelInput {
  published: string;
  text: string;
  sent: { articleTokens: number; sentTokens: number; trimmed: boolean; instructionParagraphs: number };
}

/**
 * Paragraphs that address an AI are not sent at all (docs/adr/008-llm-grounding.md); the rest is
 * trimmed to the token budget, lead and dated paragraphs first.
 */
export function modelInput(
  article: Article,
  local: Brief,
  deps: { clock: Clock; articleTokenBudget?: number },
): ModelInput {
  const published = local.published ?? deps.clock.now().toISOString().slice(0, 10);
  const trusted = withoutInstructions(article.text);
  const trimmed = trimArticle(trusted.text, deps.articleTokenBudget ?? DEFAULT_ARTICLE_TOKEN_BUDGET);
  return {
    published,
    text: trimmed.text,
    sent: {
      articleTokens: estimateTokens(article.text),
      sentTokens: estimateTokens(trimmed.text),
      trimmed: trimmed.trimmed,
      instructionParagraphs: trusted.removed,
    },
  };
}
