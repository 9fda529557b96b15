import { describe, expect, it } from 'vitest';
import { ApiError } from '../auth/api-fetch';
import { errorText } from './error-text';

describe('errorText', () => {
  it('says what happened and what to do for a refused action, keeping the server detail', () => {
    expect(errorText('添加成员', new ApiError(403, 'Only leaders may set roles.'))).toBe(
      '添加成员失败：你当前的角色或所处阶段不允许这样做。（服务器说明：Only leaders may set roles.）',
    );
  });

  it('leaves out a detail that is only the status', () => {
    expect(errorText('打开教案', new ApiError(404, 'HTTP 404'))).toBe('打开教案失败：找不到该内容，或你没有查看权限。请返回首页。');
  });

  it('tells a network failure apart', () => {
    expect(errorText('保存', new TypeError('Failed to fetch'))).toContain('无法连接服务器');
  });

  it('covers server errors', () => {
    expect(errorText('导出', new ApiError(503, 'HTTP 503'))).toContain('服务器出错');
  });
});
