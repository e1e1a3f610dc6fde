import type { Article } from '../article';
import type { Brief } from '../brief';
import type { BriefEngine, BriefOptions } from '../brief-engine';
import { briefMessages, PROMPT_VERSION } from './brief-prompt';
import { modelAnswerSchema } from './model-answer';
import { ModelBriefRunner, type ModelEngineDeps } from './model-brief-runner';
import { modelInput } from './model-input';

/**
 * The model writes the whole brief (who, what, next with quotes) from the article; the grounding checker
 * then keeps only what the article supports. One call per article (cache + single-flight); on any model
 * failure or a spent daily budget the local engine's brief is returned with `engine: "local"` and a warning.
 */
export class OpenAIEngine implements BriefEngine {
  readonly name = 'openai';
  private readonly runner: ModelBriefRunner;

  constructor(private readonly deps: ModelEngineDeps) {
    this.runner = new ModelBriefRunner(deps);
  }

  async brief(article: Article, options: BriefOptions = {}): Promise<Brief> {
    const local = await this.deps.local.brief(article, options);
    if (article.text.trim() === '') return local;
    const input = modelInput(article, local, this.deps);
    return this.runner.run(article, local, {
      engine: this.name,
      promptVersion: PROMPT_VERSION,
      schema: modelAnswerSchema,
      keyExtra: '',
      messages: (jsonSchema) =>
        briefMessages({
          title: article.title,
          published: input.published,
          text: input.text,
          ...(jsonSchema !== undefined ? { jsonSchema } : {}),
        }),
      toModelAnswer: (answer) => ({ answer, dropped: [] }),
      order: 'date',
      sent: input.sent,
    });
  }
}
