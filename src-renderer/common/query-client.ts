import { QueryClient } from '@tanstack/react-query';
import { ServiceUnreachableError } from '../transport/service-unreachable-error';

// Main is the only writer, and every write invalidates what it changed, so reads stay fresh without
// polling. Contract errors are answers, not glitches: only a lost connection is worth a retry.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      retry: (failures, error) => error instanceof ServiceUnreachableError && failures < 2,
    },
    mutations: { retry: false },
  },
});
