/**
 * The BroadcastChannel between the projector and presenter windows: the one side effect of the
 * sync. Messages are checked with parseMessage; our own id filters out echoes. Where the browser
 * has no BroadcastChannel the briefing still runs, in one window.
 */
import { CHANNEL_NAME, parseMessage, type BriefingMessage } from './channel.ts';

export interface Channel {
  /** This window's id, the `from` of what it sends. */
  id: string;
  post(message: BriefingMessage): void;
  close(): void;
}

/**
 * @example const channel = openChannel((m) => console.log(m.type)); channel?.post(hello(channel.id));
 */
export function openChannel(onmessage: (message: BriefingMessage) => void): Channel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const id = `w-${Math.random().toString(36).slice(2, 10)}`;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    const message = parseMessage(event.data);
    if (message && message.from !== id) onmessage(message);
  };
  return {
    id,
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
