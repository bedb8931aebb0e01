// The step summary is written once per run, by the gate, a refused gate, the fan-in or the
// last-resort handler; a runner that cannot take it gets a warning, never a failed job.
import * as core from "@actions/core";

export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    // What was not written must not be written twice by a later call.
    core.summary.emptyBuffer();
    core.warning(`deploy-gate could not write the step summary: ${(error as Error).message}`);
  }
}
