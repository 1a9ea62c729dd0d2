import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../../src-main/editions/load-edition';
import { filterRecommendations, queryWords, searchIndex, type RuleFilter } from '../../../src-renderer/rules/rule-search';

const edition = loadEdition('CDP-2025.1');
const index = searchIndex(edition);
const ids = (filter: Partial<RuleFilter>) =>
  filterRecommendations(edition, index, { query: '', cancerType: null, level: null, ...filter }).map((r) => r.id);

describe('the rules search', () => {
  it('finds a recommendation by a Chinese drug name, and the same ones by the English name', () => {
    const zh = ids({ query: '奥希替尼' });
    expect(zh).toEqual(['NSCLC-EGFR-TKI-OSI', 'NSCLC-EGFR-T790M-OSI', 'NSCLC-EGFR-ADJ-OSI']);
    expect(ids({ query: '  OSIMERTINIB ' })).toEqual(zh);
  });

  it('finds companions as well as governed drugs', () => {
    expect(ids({ query: '贝伐珠单抗' })).toEqual(['HCC-ATE-BEV', 'HCC-SIN-BEV']);
    expect(ids({ query: 'capecitabine' })).toEqual(['BC-HER2-2L-PYR']);
  });

  it('finds by cancer type code or name and by biomarker', () => {
    const hcc = ['HCC-ATE-BEV', 'HCC-SIN-BEV', 'HCC-LEN', 'HCC-SOR', 'HCC-DON'];
    expect(ids({ query: 'hcc' })).toEqual(hcc);
    expect(ids({ query: '肝细胞癌' })).toEqual(hcc);
    expect(ids({ query: 'hepatocellular' })).toEqual(hcc);
    expect(ids({ query: 'ROS1' })).toEqual(expect.arrayContaining(['NSCLC-ROS1-CRI', 'NSCLC-ROS1-ENT', 'NSCLC-PDL1-PEM-MONO']));
    expect(ids({ query: 'T790M' })).toEqual(['NSCLC-EGFR-T790M-OSI']);
    expect(ids({ query: 'her2 low' })).toEqual(['BC-HER2LOW-TDXD']);
  });

  it('needs every word to match, and an empty query matches all', () => {
    expect(ids({ query: 'pembrolizumab crc' })).toEqual(['CRC-MSIH-PEM']);
    expect(ids({ query: 'pembrolizumab gastric' })).toEqual([]);
    expect(ids({})).toHaveLength(edition.recommendations.length);
    expect(queryWords('  a   B ')).toEqual(['a', 'b']);
  });

  it('filters by cancer type and level, together with the query', () => {
    expect(ids({ cancerType: 'LBCL' })).toEqual(['LBCL-3L-AXI', 'LBCL-2L-AXI', 'LBCL-3L-REL']);
    expect(ids({ cancerType: 'NSCLC', level: 'II' })).toEqual(['NSCLC-ALK-2L-LOR', 'NSCLC-ROS1-ENT']);
    expect(ids({ query: '洛拉替尼', level: 'I' })).toEqual(['NSCLC-ALK-TKI-LOR']);
  });
});
