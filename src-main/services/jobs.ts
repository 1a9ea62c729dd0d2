import { randomUUID } from 'node:crypto';
import { ContractError } from '../../shared/contract/errors';
import type { Job } from '../../shared/domain/job';

// Long jobs live in memory while they run and a while after; the UI polls them through `jobs.get`.
// What a job produces is committed to the cache, so a job lost with the process loses no data: the
// attached document stays and can be read again.

const KEEP_FINISHED_MS = 10 * 60 * 1000;

export class JobRegistry {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly now: () => Date) {}

  start(fields: Pick<Job, 'kind' | 'claimId' | 'documentId' | 'fileName'>): Job {
    this.prune();
    const job: Job = {
      ...fields, id: randomUUID(), state: 'running', stage: 'queued', page: 0, pages: 0, fieldCount: 0, error: null,
      startedAt: this.now().toISOString(), finishedAt: null,
    };
    this.jobs.set(job.id, job);
    return { ...job };
  }

  update(id: string, patch: Partial<Job>): void {
    const job = this.jobs.get(id);
    if (!job) return;
    Object.assign(job, patch);
    if (patch.state && patch.state !== 'running') job.finishedAt = this.now().toISOString();
  }

  get(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new ContractError('NOT_FOUND', `job ${id} is unknown (finished long ago, or the workstation restarted)`);
    return { ...job };
  }

  private prune(): void {
    const cutoff = this.now().getTime() - KEEP_FINISHED_MS;
    for (const [id, job] of this.jobs) if (job.finishedAt && Date.parse(job.finishedAt) < cutoff) this.jobs.delete(id);
  }
}
