import OpenAI from 'openai';
import type { Config } from '../../config/config';

/**
 * The SDK client from config: `OPENAI_BASE_URL` points it at any OpenAI-compatible server (Ollama,
 * llama.cpp, vLLM). 429 and 5xx (and timeouts) are retried `maxRetries` times with the SDK's backoff,
 * which honours Retry-After. https://github.com/openai/openai-node#retries
 */
export function createOpenAIClient(
  config: Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_TIMEOUT_MS'>,
  options: { maxRetries?: number } = {},
): OpenAI {
  return new OpenAI({
    apiKey: config.OPENAI_API_KEY ?? '',
    ...(config.OPENAI_BASE_URL !== undefined ? { baseURL: config.OPENAI_BASE_URL } : {}),
    timeout: config.OPENAI_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? 2,
  });
}
