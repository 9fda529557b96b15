/** The local user as other editors see them: y-codemirror.next reads awareness field `user`. */
export interface AwarenessUser {
  name: string;
  color: string;
  colorLight: string;
}

export const awarenessUserField = 'user';
