/** Why a model call gave no usable answer; each one sends the article to the local engine. */
export type ModelFailureReason = 'refusal' | 'invalid-output' | 'timeout' | 'unavailable' | 'rejected';

const REASON_TEXT: Record<ModelFailureReason, string> = {
  refusal: 'the model refused to answer',
  'invalid-output': 'the model answered something that is not a valid brief',
  timeout: 'the model did not answer in time',
  unavailable: 'the model service was unavailable after retries',
  rejected: 'the model service rejected the request',
};

/** A model call that produced no usable answer, with the reason and the detail to log. */
export class ModelCallError extends Error {
  readonly code = 'MODEL_CALL_FAILED';
  constructor(
    readonly reason: ModelFailureReason,
    readonly detail: string,
    /** Tokens the failed call still cost, when the server said. */
    readonly usage?: { promptTokens: number; completionTokens: number },
  ) {
    super(`${REASON_TEXT[reason]}: ${detail}`);
    this.name = 'ModelCallError';
  }

  /** One line for a brief's `warnings`: what happened, in words a reader understands. */
  get warning(): string {
    return `${REASON_TEXT[this.reason]} (${this.detail}); briefed by the local engine instead`;
  }
}
