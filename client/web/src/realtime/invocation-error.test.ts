import { describe, expect, it } from 'vitest';
import { HubRejection } from './hub-transport';
import { asRejection } from './invocation-error';

describe('asRejection', () => {
  it('turns a HubException answer into a rejection carrying its reason', () => {
    const error = asRejection(
      'SendMessage',
      new Error("An unexpected error occurred invoking 'SendMessage' on the server. HubException: 没有编辑权限"),
    );
    expect(error).toBeInstanceOf(HubRejection);
    expect((error as HubRejection).reason).toBe('没有编辑权限');
  });

  it('keeps an unexplained server failure as a rejection', () => {
    const error = asRejection('JoinDocument', new Error("An unexpected error occurred invoking 'JoinDocument' on the server."));
    expect(error).toBeInstanceOf(HubRejection);
  });

  it('leaves a lost connection as it is, so the update is resent after the reconnect', () => {
    const lost = new Error('Invocation canceled due to the underlying connection being closed.');
    expect(asRejection('SendMessage', lost)).toBe(lost);
  });
});
