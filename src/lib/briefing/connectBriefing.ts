/**
 * The projector window's side of the sync with the presenter window: its own moves are posted
 * (never an echo of the other's), the other's moves and `hello` are answered, and leaving is
 * announced. The channel is openChannel.ts's, null where BroadcastChannel is missing.
 */
import { serializeBriefingParams, type BriefingParams } from '../state/briefingParams.ts';
import { leave, position } from './channel.ts';
import { openChannel } from './openChannel.ts';
import type { Position } from './types.ts';

/** The part of BriefingState this needs. */
export interface SyncedBriefing {
  briefId: string | null;
  position: Position;
  adopt(brief: string | null, at: Position): void;
}

export interface BriefingSync {
  /** Posts this window's position (after a move of its own). */
  tell(): void;
  /** Posts that the briefing has ended. */
  leave(): void;
  close(): void;
}

/** @example const sync = connectBriefing(briefing); sync.tell(); */
export function connectBriefing(briefing: SyncedBriefing): BriefingSync {
  const channel = openChannel((m) => {
    if (m.type === 'hello') tell();
    else if (m.type === 'position') briefing.adopt(m.brief, { step: m.step, blank: m.blank });
  });
  const tell = () => channel?.post(position(channel.id, briefing.briefId, briefing.position));
  return {
    tell,
    leave: () => channel?.post(leave(channel.id)),
    close: () => channel?.close(),
  };
}

/**
 * Opens (or brings back) the presenter window: the same page at the same step, presenter=1.
 * @example openPresenterWindow(briefing.params)
 */
export function openPresenterWindow(params: BriefingParams): void {
  const query = serializeBriefingParams({ ...params, presenter: true });
  window.open(`${location.pathname}?${query}`, 'tieline-presenter', 'popup,width=1100,height=760');
}
