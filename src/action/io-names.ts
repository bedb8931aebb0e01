// Action input and output names (action.yml), in one place.
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
} as const;

export const Outputs = {
  Result: "result",
  Passed: "passed",
  Failed: "failed",
  Skipped: "skipped",
  Warnings: "warnings",
  FailedChecks: "failed-checks",
  DurationMs: "duration-ms",
  Report: "report",
  Junit: "junit",
} as const;
