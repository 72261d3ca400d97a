import { updateFindings } from './board-data';
import type { FindingsSlice, Slice } from './types';

export const createFindingsSlice: Slice<FindingsSlice> = () => ({
  updateFindings,
});
