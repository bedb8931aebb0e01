// Action input and output names (action.yml), in one place. A test holds action.yml and the
// README's tables to these lists.
export const Inputs = {
  BaseUrl: "base-url",
  Checks: "checks",
  Config: "config",
  Secrets: "secrets",
  Vars: "vars",
  Label: "label",
  Mode: "mode",
  Concurrency: "concurrency",
  Timeout: "timeout",
  RequestTimeout: "request-timeout",
  Retries: "retries",
  FailFast: "fail-fast",
  Only: "only",
  GithubToken: "github-token",
  DeploymentId: "deployment-id",
  ReportDir: "report-dir",
  OnFailureUrl: "on-failure-url",
  OnFailureSecret: "on-failure-secret",
  MergeReports: "merge-reports",
  Quorum: "quorum",
  BaselineUrl: "baseline-url",
  BaselineReport: "baseline-report",
  OnInconclusive: "on-inconclusive",
  OidcAudience: "oidc-audience",
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];

export const Outputs = {
  Result: "result",
  Passed: "passed",
  Failed: "failed",
  Skipped: "skipped",
  Warnings: "warnings",
  Inconclusive: "inconclusive",
  FailedChecks: "failed-checks",
  DurationMs: "duration-ms",
  Report: "report",
  Junit: "junit",
} as const;
