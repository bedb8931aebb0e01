// What one assertion found, passed or failed: the smallest piece of a result.

export interface AssertionResult {
  /** Where the assertion looked: `status`, `header content-type`, `$.data[0].id`, `body`, `schema /id`, `duration`. */
  readonly target: string;
  readonly expected: string;
  readonly actual: string;
  readonly passed: boolean;
  /** One line a person can act on when it failed. */
  readonly message: string;
  /**
   * The templates the expected value was rendered from (`{{ sha }}`), when it had any: the
   * expectation said "the commit being deployed", not a fixed string.
   */
  readonly expectedFrom?: string;
}
