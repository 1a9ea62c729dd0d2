import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Job } from '../../../shared/domain/job';
import { api } from '../../api';
import { queryKeys } from '../../common/query-keys';
import { knownPassword, onPasswordRemembered, passwordsVersion, rememberPassword } from '../document-passwords';
import { refreshClaim } from '../shared/refresh-claim';
import { importProblem, needsPassword } from './job-progress';
import { MAX_IMPORT_BYTES } from './read-files';

// Files imported into a claim: each is attached at once by `documents.import` (so it is kept whatever
// happens next) and its fields are read by a job in main, polled here until it is done or failed.
// A password, or another try after a timeout, reads the same attached document again. A password the
// viewer was given for the document is tried without asking, and one that worked here serves the viewer.

const POLL_MS = 250;

export interface ImportEntry {
  key: string;
  fileName: string;
  /** Set once main has attached the file. */
  documentId: string | null;
  /** The job reading it (the import, or a later re-read); null when it never started. */
  jobId: string | null;
  /** Why it never started: too large to send, or the call itself failed. */
  startFailure: { kind: 'too_large' } | { kind: 'error'; error: unknown } | null;
  /** The password the current job reads with, if any. */
  password?: string;
}

export interface ImportView extends ImportEntry {
  job: Job | undefined;
  /** Polling the job failed (the workstation restarted and forgot it, or is unreachable). */
  pollError: unknown;
}

export function useDocumentImports(claimId: string, onAttached: (documentId: string) => void) {
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const finished = useRef(new Set<string>());
  const latestOnAttached = useRef(onAttached);
  useEffect(() => {
    latestOnAttached.current = onAttached;
  });

  const polled = entries.filter((e) => e.jobId !== null);
  const jobs = useQueries({
    queries: polled.map((e) => ({
      queryKey: queryKeys.job(e.jobId!),
      queryFn: () => api['jobs.get']({ jobId: e.jobId! }),
      refetchInterval: (query: { state: { data?: Job } }) => (query.state.data?.state === 'running' ? POLL_MS : false),
    })),
  });
  const byJobId = new Map(polled.map((e, i) => [e.jobId!, jobs[i]!]));

  // A job that has ended changed the claim (its fields, or the document's type): read it again.
  const endedIds = jobs.flatMap((q) => (q.data && q.data.state !== 'running' ? [q.data.id] : [])).join();
  useEffect(() => {
    const ended = endedIds ? endedIds.split(',') : [];
    if (ended.some((id) => !finished.current.has(id))) {
      ended.forEach((id) => finished.current.add(id));
      void refreshClaim(queryClient, claimId);
    }
  }, [endedIds, queryClient, claimId]);

  const patch = (key: string, change: Partial<ImportEntry>): void =>
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...change } : e)));

  const follow = (key: string, job: Job): void => {
    queryClient.setQueryData(queryKeys.job(job.id), job);
    patch(key, { jobId: job.id, documentId: job.documentId, startFailure: null });
  };

  const importFiles = async (files: readonly File[]): Promise<void> => {
    const started = files.map((file) => ({ file, key: crypto.randomUUID() }));
    setEntries((list) => [...list, ...started.map(({ file, key }) => ({ key, fileName: file.name, documentId: null, jobId: null, startFailure: null }))]);
    let opened = false;
    for (const { file, key } of started) {
      if (file.size > MAX_IMPORT_BYTES) {
        patch(key, { startFailure: { kind: 'too_large' } });
        continue;
      }
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const job = await api['documents.import']({ claimId, fileName: file.name, bytes });
        follow(key, job);
        await queryClient.invalidateQueries({ queryKey: queryKeys.claim(claimId) });
        // The first file of a drop opens in the viewer; the others wait in the list.
        if (!opened && job.documentId) {
          opened = true;
          latestOnAttached.current(job.documentId);
        }
      } catch (error) {
        patch(key, { startFailure: { kind: 'error', error } });
      }
    }
  };

  /** Reads the attached document again, with the password it asked for (or none, after a timeout). */
  const readAgain = async (key: string, password?: string): Promise<void> => {
    const entry = entries.find((e) => e.key === key);
    if (!entry?.documentId) return;
    patch(key, { password });
    try {
      follow(key, await api['documents.extract'](password === undefined ? { documentId: entry.documentId } : { documentId: entry.documentId, password }));
    } catch (error) {
      patch(key, { startFailure: { kind: 'error', error } });
    }
  };

  const dismiss = (key: string): void => setEntries((list) => list.filter((e) => e.key !== key));

  const views: ImportView[] = entries.map((e) => ({
    ...e,
    job: e.jobId ? byJobId.get(e.jobId)?.data : undefined,
    pollError: e.jobId ? byJobId.get(e.jobId)?.error ?? null : null,
  }));
  // Re-rendered whenever a password is remembered, so the effect below sees it.
  useSyncExternalStore(onPasswordRemembered, passwordsVersion);
  useEffect(() => {
    for (const v of views) {
      if (!v.documentId || !v.job) continue;
      if (v.job.state === 'done' && v.password !== undefined) rememberPassword(v.documentId, v.password);
      const known = knownPassword(v.documentId);
      // Tried once per password: a remembered one that is wrong here leaves the card asking.
      if (v.job.state === 'failed' && needsPassword(importProblem(v.job.error?.code ?? 'INTERNAL')) && known !== undefined && known !== v.password) {
        void readAgain(v.key, known);
      }
    }
  });

  return { imports: views, importFiles, readAgain, dismiss };
}
