// IPC channel names, shared by main's binding and the preload. Kept apart from handlers.ts so the
// preload bundle stays free of zod.
export const IPC_PREFIX = 'claimdesk:';
export const channelOf = (name: string): string => `${IPC_PREFIX}${name}`;
