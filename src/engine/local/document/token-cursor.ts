import type { SentenceTerm } from '../dates/sentence-terms';

/**
 * A position in a sentence's tokens. Stages walk tokens through a cursor instead of index arithmetic
 * (`terms[i + 1]!`): reading past either end gives `undefined`, never a crash.
 */
export class TokenCursor {
  constructor(
    readonly tokens: readonly SentenceTerm[],
    private position = 0,
  ) {}

  /** Index of the current token. */
  get index(): number {
    return this.position;
  }

  /** True once the cursor is past the last token. */
  get done(): boolean {
    return this.position >= this.tokens.length;
  }

  /** The token `offset` places from the current one (0: the current token). */
  peek(offset = 0): SentenceTerm | undefined {
    return this.tokens[this.position + offset];
  }

  /** True when the token `offset` places away carries `tag`. */
  is(tag: string, offset = 0): boolean {
    return this.peek(offset)?.tags.has(tag) === true;
  }

  /** Moves `steps` tokens on (back, when negative) and returns the cursor. */
  advance(steps = 1): this {
    this.position = Math.max(0, this.position + steps);
    return this;
  }

  /** Moves to token `index`. */
  seek(index: number): this {
    this.position = Math.max(0, index);
    return this;
  }

  /** The tokens from the current one to `offset` (inclusive), in order. */
  span(offset: number): SentenceTerm[] {
    return this.tokens.slice(this.position, this.position + offset + 1);
  }

  /** A cursor at the same place that moves on its own. */
  fork(): TokenCursor {
    return new TokenCursor(this.tokens, this.position);
  }
}
