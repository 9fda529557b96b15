import { describe, expect, it } from 'vitest';
import type { Participation } from './analytics-types';
import { changesPerRoundSeries, commentCategorySeries, dispositionSeries, hasData, participationSeries } from './chart-series';

const member = (userId: string, displayName: string, more: Partial<Participation> = {}): Participation => ({
  userId,
  displayName,
  roles: ['member'],
  versionsContributed: 0,
  charactersAdded: 0,
  charactersRemoved: 0,
  charactersAuthored: 0,
  comments: { highlight: 0, weakness: 0, suggestion: 0 },
  replies: 0,
  observations: 0,
  observationNotes: 0,
  observationSummaries: 0,
  reflections: 0,
  transitions: 0,
  ...more,
});

describe('participationSeries', () => {
  it('has one label per member and sums the comment categories', () => {
    const series = participationSeries([
      member('u1', '王老师', { versionsContributed: 3, comments: { highlight: 1, weakness: 2, suggestion: 4 }, replies: 5, observations: 1 }),
      member('u2', '', { versionsContributed: 1 }),
    ]);
    expect(series.labels).toEqual(['王老师', 'u2']);
    expect(series.datasets.map((d) => [d.label, d.data])).toEqual([
      ['贡献版本数', [3, 1]],
      ['评论数', [7, 0]],
      ['回复数', [5, 0]],
      ['观课次数', [1, 0]],
    ]);
  });
});

describe('changesPerRoundSeries', () => {
  it('orders rounds and keeps added and removed apart', () => {
    const series = changesPerRoundSeries([
      { round: 2, versions: 1, charactersAdded: 20, charactersRemoved: 5 },
      { round: 1, versions: 2, charactersAdded: 300, charactersRemoved: 0 },
    ]);
    expect(series.labels).toEqual(['第1轮', '第2轮']);
    expect(series.datasets).toEqual([
      { label: '新增字数', data: [300, 20] },
      { label: '删除字数', data: [0, 5] },
    ]);
  });
});

describe('commentCategorySeries and dispositionSeries', () => {
  it('map counts to 亮点/不足/建议 and rates to percentages', () => {
    expect(commentCategorySeries({ highlight: 2, weakness: 1, suggestion: 3 }).datasets[0]!.data).toEqual([2, 1, 3]);
    const rates = dispositionSeries({
      suggestions: 3, adopted: 2, rejected: 1, deferred: 0, none: 0,
      adoptedRate: 2 / 3, rejectedRate: 1 / 3, deferredRate: 0, noneRate: 0,
    });
    expect(rates.labels).toEqual(['采纳', '不采纳', '暂缓', '未处置']);
    expect(rates.datasets[0]!.data).toEqual([66.7, 33.3, 0, 0]);
  });
});

describe('hasData', () => {
  it('is false for no labels or only zeros', () => {
    expect(hasData(changesPerRoundSeries([]))).toBe(false);
    expect(hasData(commentCategorySeries({ highlight: 0, weakness: 0, suggestion: 0 }))).toBe(false);
    expect(hasData(commentCategorySeries({ highlight: 0, weakness: 1, suggestion: 0 }))).toBe(true);
  });
});
