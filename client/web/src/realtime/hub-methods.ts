/** Method names of the collaboration hub on the wire (shared/LessonStudy.Contracts CollabRoutes). */
export const HubMethods = {
  joinDocument: 'JoinDocument',
  sendMessage: 'SendMessage',
  leaveDocument: 'LeaveDocument',
  receiveMessage: 'ReceiveMessage',
  rightsChanged: 'RightsChanged',
} as const;

/** What the caller may do with an open document (JoinResult in the contracts; camelCase on the wire). */
export interface JoinResult {
  documentId: string;
  stage: string;
  round: number;
  canEdit: boolean;
  canComment: boolean;
}

export const hubPath = '/hubs/collab';
