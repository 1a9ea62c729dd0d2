import { z } from 'zod';

// Claim lifecycle states of docs/workflow.md, and the worklist's priorities.
export const CLAIM_STATUSES = [
  'new', 'in_review', 'pending_info', 'awaiting_medical_review', 'awaiting_approval', 'decided', 'withdrawn',
] as const;
export const claimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export const prioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof prioritySchema>;

export const ROLES = ['adjuster', 'medical_reviewer', 'supervisor'] as const;
export const roleSchema = z.enum(ROLES);

export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  authorityLimitFen: z.number().int().nonnegative(),
});
export type User = z.infer<typeof userSchema>;

export const CANCER_TYPES = ['NSCLC', 'BREAST', 'CRC', 'GASTRIC', 'HCC', 'LBCL', 'MM'] as const;
