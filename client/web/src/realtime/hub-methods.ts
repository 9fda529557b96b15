/** Method names of the collaboration hub on the wire (shared/LessonStudy.Contracts CollabRoutes). */
export const HubMethods = {
  joinDocument: 'JoinDocument',
  sendMessage: 'SendMessage',
  leaveDocument: 'LeaveDocument',
  receiveMessage: 'ReceiveMessage',
  rightsChanged: 'RightsChanged',
  planEvent: 'PlanEvent',
} as const;

/** What the caller may do with an open document (JoinResult in the contracts; camelCase on the wire). */
export interface JoinResult {
  documentId: string;
  stage: string;
  round: number;
  canEdit: boolean;
  canComment: boolean;
  /** False only in a RightsChanged that closes the document for this connection (absent from older servers). */
  canRead?: boolean;
}

/** A plan's domain event (PlanEventDto): something changed, fetch it again through the API. */
export interface PlanEvent {
  planId: string;
  documentId: string;
  kind: 'stage' | 'plan' | 'version' | 'comment' | 'observation' | 'reflection' | string;
  subjectId: string | null;
  stage: string;
  round: number;
}

export const hubPath = '/hubs/collab';
