import { registerLocalStore, registerSessionCache } from '@/lib/local-data';
import { queryClient } from '@/lib/query-client';
import { unscopedDraftStore } from '@/features/posts/hooks/use-draft-autosave';
import { videoUploadRecoveryStore } from '@/features/videos/utils/upload-recovery-store';

// Everything this browser keeps for a person, beyond the localStorage entries named with
// `userScopedKey` (which clearing finds by itself): cleared at logout, and other people's at
// sign-in (see src/lib/local-data.ts). A feature that keeps something new adds its store here.
// Imported by the provider, so it is all registered before sign-in, whichever page is open.
registerLocalStore(unscopedDraftStore);
registerLocalStore(videoUploadRecoveryStore);
// Answers fetched for the person (their feed, their profile, hidden posts they moderate).
registerSessionCache({
  name: 'query cache',
  clear: () => {
    queryClient.clear();
  },
});
