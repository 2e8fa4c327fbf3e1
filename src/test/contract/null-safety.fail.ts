// Must NOT compile (.ci/contract-check.sh expects tsc to refuse it): the generated types declare settlement and
// provenance.asOf nullable, so code that reads them as if they were always there is a compile error in strict mode;
// and a row of an answer with fields= (SparsePledge) may lack any field, so reading one as if it were sent is too.
import type { ExecutionResult, SparsePledge } from './generated/client/types.gen.js';

export const spent = (line: ExecutionResult): number => line.settlement.expenditureKrw;
export const asOfYear = (line: ExecutionResult): string => line.provenance.asOf.slice(0, 4);
export const titleLength = (row: SparsePledge): number => row.title.length;
