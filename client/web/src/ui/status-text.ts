import type { DocumentStatus } from '../realtime/hub-provider';
import type { ConnectionState } from '../realtime/hub-transport';
import type { SaveState } from '../realtime/save-state';

export function connectionText(state: ConnectionState): string {
  switch (state) {
    case 'connecting':
      return '连接中…';
    case 'connected':
      return '已连接';
    case 'reconnecting':
      return '连接中断，正在重新连接…';
    case 'disconnected':
      return '已断开';
  }
}

export function documentStatusText(status: DocumentStatus): string | null {
  switch (status) {
    case 'joining':
      return '正在打开文档…';
    case 'refused':
      return '无法打开文档';
    default:
      return null;
  }
}

/** "所有更改已保存" only when the server has acknowledged every local update. */
export function saveText(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return '所有更改已保存';
    case 'saving':
      return '正在保存…';
    case 'unsaved':
      return state.rejectedBecause ? `未保存的更改（服务器拒绝：${state.rejectedBecause}）` : '未保存的更改';
  }
}
