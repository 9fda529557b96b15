import { ApiError } from '../auth/api-fetch';

/**
 * What went wrong, in Chinese, and what to do about it: "{action}失败：{what happened}{what to do}".
 * The server's own wording (English problem details) is kept in brackets for whoever reports the problem.
 */
export function errorText(action: string, error: unknown): string {
  if (error instanceof ApiError) {
    const detail = error.message && !/^HTTP \d+$/.test(error.message) ? `（服务器说明：${error.message}）` : '';
    return `${action}失败：${statusAdvice(error.status)}${detail}`;
  }
  if (error instanceof TypeError) {
    return `${action}失败：无法连接服务器。请检查网络后重试。`;
  }
  return `${action}失败：${error instanceof Error ? error.message : String(error)}。请稍后重试。`;
}

function statusAdvice(status: number): string {
  switch (status) {
    case 400:
      return '填写的内容不符合要求，请检查后重新提交。';
    case 401:
      return '登录已过期，请重新登录。';
    case 403:
      return '你当前的角色或所处阶段不允许这样做。';
    case 404:
      return '找不到该内容，或你没有查看权限。请返回首页。';
    case 409:
      return '内容已被他人更改或当前阶段不允许此操作，页面已刷新，请确认后再试。';
    case 413:
      return '内容太长，请删减后重试。';
    case 429:
      return '操作太频繁，请稍等片刻再试。';
    default:
      return status >= 500 ? '服务器出错，请稍后重试；若仍失败请联系管理员。' : `服务器拒绝了请求（${status}），请稍后重试。`;
  }
}
