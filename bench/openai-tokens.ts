import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { articleFromText } from '../src/app/cli/load-article';
import { briefMessages } from '../src/engine/openai/brief-prompt';
import { withoutInstructions } from '../src/engine/openai/instruction-paragraphs';
import { modelAnswerSchema } from '../src/engine/openai/model-answer';
import { DEFAULT_ARTICLE_TOKEN_BUDGET, estimateTokens, trimArticle } from '../src/engine/openai/trim-article';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * `npm run bench:openai-tokens -- [CORPUS_DIR]`: prompt tokens the openai engine sends per article (system
 * rules + fenced, trimmed article; estimated as chars/4, as the fake server reports usage) against the
 * article's own length, over examples/*.txt and CORPUS_DIR/briefs/*.txt. `--json-mode` adds the schema to the
 * prompt, as for servers without JSON-schema output.
 */
function main(corpus: string, jsonMode: boolean): void {
  const files = fs
    .readdirSync('examples')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join('examples', f));
  const briefs = path.join(corpus, 'briefs');
  if (fs.existsSync(briefs))
    files.push(
      ...fs
        .readdirSync(briefs)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(briefs, f)),
    );
  const rows = files.map((file) => {
    const article = articleFromText(fs.readFileSync(file, 'utf8'));
    const sent = trimArticle(withoutInstructions(article.text).text, DEFAULT_ARTICLE_TOKEN_BUDGET);
    const messages = briefMessages({
      title: article.title,
      published: article.published ?? '2024-01-01',
      text: sent.text,
      ...(jsonMode ? { jsonSchema: z.toJSONSchema(modelAnswerSchema) } : {}),
    });
    const prompt = estimateTokens(messages.map((m) => String(m.content)).join('\n'));
    return { file, articleTokens: estimateTokens(article.text), prompt, trimmed: sent.trimmed };
  });
  const overhead = rows.map((r) => r.prompt - Math.min(r.articleTokens, DEFAULT_ARTICLE_TOKEN_BUDGET));
  console.log(
    `openai-tokens: ${rows.length} articles, article median ${median(rows.map((r) => r.articleTokens))} tok (max ${Math.max(...rows.map((r) => r.articleTokens))}), ` +
      `prompt median ${median(rows.map((r) => r.prompt))} tok (max ${Math.max(...rows.map((r) => r.prompt))}), ` +
      `prompt/article median ${median(rows.map((r) => r.prompt / Math.max(1, r.articleTokens))).toFixed(2)}, fixed overhead median ${median(overhead)} tok, ` +
      `trimmed ${rows.filter((r) => r.trimmed).length}/${rows.length} (budget ${DEFAULT_ARTICLE_TOKEN_BUDGET} tok)${jsonMode ? ', JSON mode' : ''}`,
  );
}

const args = process.argv.slice(2);
main(args.find((a) => !a.startsWith('--')) ?? '/work/shared/corpus', args.includes('--json-mode'));
