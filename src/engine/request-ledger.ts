// What a check spent on HTTP, derived by the engine from every request the check sent, so no
// check type counts attempts, retries, polls or readiness waits by hand.
import { retriesIn, sentAttempts } from "../http/attempts.js";
import type { AttemptRecord, HttpClient, HttpRequest, HttpResponse } from "../http/types.js";
import { HttpFailure } from "../http/types.js";

export interface RequestTally {
  readonly attempts: number;
  readonly retries: number;
  readonly polls: number;
  readonly waitedMs: number;
  readonly heldBack: number;
}

export interface RequestLedger {
  /** The client a check sends through; it records every request. */
  readonly client: HttpClient;
  tally(): RequestTally;
}

export function requestLedger(http: HttpClient): RequestLedger {
  let attempts = 0;
  let retries = 0;
  let polls = 0;
  let heldBack = 0;
  let waitedMs = 0;
  // A run of polls of one request: the wait is from its first poll to its last.
  let series: { key: string; first: number; last: number } | undefined;
  const closeSeries = () => {
    if (series) waitedMs += series.last - series.first;
    series = undefined;
  };
  const count = (records: readonly AttemptRecord[]) => {
    // A held-back attempt was never sent: it is neither an attempt nor a retry.
    const sent = sentAttempts(records);
    heldBack += records.length - sent;
    attempts += sent;
    retries += retriesIn(records);
  };

  const client: HttpClient = {
    async send(request: HttpRequest): Promise<HttpResponse> {
      const started = Date.now();
      if (request.waiting) {
        polls++;
        const key = `${request.method} ${request.url}`;
        if (series?.key === key) series.last = started;
        else {
          closeSeries();
          series = { key, first: started, last: started };
        }
      } else closeSeries();
      try {
        const response = await http.send(request);
        count(response.attempts);
        return response;
      } catch (error) {
        if (error instanceof HttpFailure) count(error.attempts);
        throw error;
      }
    },
    origins: () => http.origins(),
    close: () => undefined,
  };
  return {
    client,
    tally() {
      closeSeries();
      return { attempts, retries, polls, waitedMs, heldBack };
    },
  };
}
