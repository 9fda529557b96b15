import { describe, expect, it } from 'vitest';
import { connectionText, saveText } from './status-text';

describe('status text', () => {
  it('claims everything saved only for the saved state', () => {
    expect(saveText({ kind: 'saved' })).toBe('所有更改已保存');
    expect(saveText({ kind: 'saving' })).toBe('正在保存…');
    expect(saveText({ kind: 'unsaved', rejectedBecause: null })).toBe('未保存的更改');
    expect(saveText({ kind: 'unsaved', rejectedBecause: '没有编辑权限' })).toContain('没有编辑权限');
  });

  it('names every connection state', () => {
    expect(connectionText('connecting')).toBe('连接中…');
    expect(connectionText('connected')).toBe('已连接');
    expect(connectionText('disconnected')).toBe('已断开');
  });
});
