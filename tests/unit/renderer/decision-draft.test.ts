import { describe, expect, it } from 'vitest';
import { draftProblems, emptyDraft, payableFen, submitRequest, type DecisionDraft } from '../../../src-renderer/workspace/decision/decision-draft';

// The decision tab's own reading of the rules main enforces: what it sends, and what it says is still
// missing before it lets the adjuster send.

const ENGINE = 123_456;
const draft = (patch: Partial<DecisionDraft>): DecisionDraft => ({ ...emptyDraft(ENGINE, []), ...patch });

describe('a decision being written', () => {
  it('starts with no outcome, the engine figure typed in yuan and the missing documents to request', () => {
    expect(emptyDraft(ENGINE, ['genetic_report'])).toEqual({ outcome: null, payable: '1234.56', reasons: [], note: '', requestedDocuments: ['genetic_report'] });
    expect(draftProblems(emptyDraft(ENGINE, []), ENGINE, 0)).toEqual(['OUTCOME_MISSING']);
  });

  it('pays the engine figure on approval, nothing on denial or pend, the typed amount on a partial', () => {
    expect(payableFen(draft({ outcome: 'approve', payable: '1.00' }), ENGINE)).toBe(ENGINE);
    expect(payableFen(draft({ outcome: 'deny' }), ENGINE)).toBe(0);
    expect(payableFen(draft({ outcome: 'pend' }), ENGINE)).toBe(0);
    expect(payableFen(draft({ outcome: 'partial', payable: '¥1,000.50' }), ENGINE)).toBe(100_050);
    expect(payableFen(draft({ outcome: 'partial', payable: '十块' }), ENGINE)).toBeNull();
  });

  it('names what is missing for each outcome, as main would refuse it', () => {
    expect(draftProblems(draft({ outcome: 'approve' }), ENGINE, 2)).toEqual(['GUARDS_OPEN']);
    expect(draftProblems(draft({ outcome: 'approve' }), ENGINE, 0)).toEqual([]);
    expect(draftProblems(draft({ outcome: 'partial', payable: '1234.57' }), ENGINE, 0)).toEqual(['PAYABLE_ABOVE_ENGINE', 'PARTIAL_NEEDS_REASON']);
    expect(draftProblems(draft({ outcome: 'partial', payable: '1234.56', reasons: ['LIMIT_REACHED'] }), ENGINE, 0)).toEqual([]);
    expect(draftProblems(draft({ outcome: 'partial', payable: 'abc', reasons: ['LIMIT_REACHED'] }), ENGINE, 0)).toEqual(['PAYABLE_INVALID']);
    // A denial or a pend pays nothing, so open guards do not stand in their way.
    expect(draftProblems(draft({ outcome: 'deny' }), ENGINE, 3)).toEqual(['DENY_NEEDS_REASON']);
    expect(draftProblems(draft({ outcome: 'pend' }), ENGINE, 3)).toEqual(['PEND_NEEDS_DOCUMENTS']);
    expect(draftProblems(draft({ outcome: 'pend', requestedDocuments: ['prescription'] }), ENGINE, 3)).toEqual([]);
  });

  it('sends exactly the request main takes: the note trimmed, documents only for a pend', () => {
    expect(submitRequest(draft({ outcome: 'deny', reasons: ['PRE_EXISTING', 'WAITING_PERIOD'], note: '  既往症  ', requestedDocuments: ['prescription'] }), ENGINE))
      .toEqual({ outcome: 'deny', payableFen: 0, reasons: ['PRE_EXISTING', 'WAITING_PERIOD'], note: '既往症', requestedDocuments: [] });
    expect(submitRequest(draft({ outcome: 'pend', requestedDocuments: ['genetic_report'] }), ENGINE))
      .toEqual({ outcome: 'pend', payableFen: 0, reasons: [], note: '', requestedDocuments: ['genetic_report'] });
  });
});
