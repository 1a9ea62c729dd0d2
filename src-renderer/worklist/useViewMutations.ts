import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import { queryKeys } from '../common/query-keys';
import type { SavedViewState } from '../../shared/domain/worklist';

/** Saving and deleting the user's own worklist views; both refresh the tab list. */
export function useViewMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.views });
  const save = useMutation({
    mutationFn: (input: { name: string; state: SavedViewState }) => api['views.save'](input),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api['views.delete']({ id }),
    onSuccess: refresh,
  });
  return { save, remove };
}
