import { describe, expect, it } from 'vitest';
import { planIdFromInput, recentPlans, rememberPlan } from './recent-plans';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const id = (n: number) => n.toString(16).padStart(32, '0');

describe('recent plans', () => {
  it('keeps the latest first, once each, at most ten, per user', () => {
    const storage = new MemoryStorage();
    for (let n = 1; n <= 12; n++) {
      rememberPlan('li', { id: id(n), title: `课${n}` }, storage);
    }
    rememberPlan('li', { id: id(5), title: '课5' }, storage);
    const plans = recentPlans('li', storage);
    expect(plans).toHaveLength(10);
    expect(plans[0]!.id).toBe(id(5));
    expect(plans.filter((p) => p.id === id(5))).toHaveLength(1);
    expect(recentPlans('wang', storage)).toEqual([]);
  });

  it('ignores a damaged entry', () => {
    const storage = new MemoryStorage();
    storage.setItem('lessonstudy.recent-plans.li', '{not json');
    expect(recentPlans('li', storage)).toEqual([]);
  });
});

describe('planIdFromInput', () => {
  it('reads a pasted link or a bare ID', () => {
    expect(planIdFromInput(`http://127.0.0.1:5000/#/plans/${id(7)}`)).toBe(id(7));
    expect(planIdFromInput(` ${id(8)} `)).toBe(id(8));
    expect(planIdFromInput('#/plans/xyz')).toBeNull();
    expect(planIdFromInput('')).toBeNull();
  });
});
