/**
 * The message protocol between the projector window and the presenter window
 * (BroadcastChannel, same origin). Pure: building and checking messages. Every message
 * received is validated; anything else on the channel (another version, a stray tab) is ignored.
 *
 * - `hello`: a window has opened and asks where the briefing is.
 * - `position`: where this window now is (after a key, a click, or in answer to `hello`).
 * - `leave`: the briefing has ended.
 */
import * as v from 'valibot';

export const CHANNEL_NAME = 'tieline-briefing';
export const PROTOCOL_VERSION = 1;
const MAX_STEPS = 10_000;

const Sender = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const BriefId = v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(200)));

const MessageSchema = v.variant('type', [
  v.object({ v: v.literal(PROTOCOL_VERSION), type: v.literal('hello'), from: Sender }),
  v.object({
    v: v.literal(PROTOCOL_VERSION),
    type: v.literal('position'),
    from: Sender,
    brief: BriefId,
    step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_STEPS)),
    blank: v.boolean(),
  }),
  v.object({ v: v.literal(PROTOCOL_VERSION), type: v.literal('leave'), from: Sender }),
]);

export type BriefingMessage = v.InferOutput<typeof MessageSchema>;

/**
 * A received message, checked; null for anything that is not one.
 * @example parseMessage({ v: 1, type: 'hello', from: 'a' }) // -> { v: 1, type: 'hello', from: 'a' }
 */
export function parseMessage(data: unknown): BriefingMessage | null {
  const result = v.safeParse(MessageSchema, data);
  return result.success ? result.output : null;
}

/** @example hello('w1') // -> { v: 1, type: 'hello', from: 'w1' } */
export const hello = (from: string): BriefingMessage => ({
  v: PROTOCOL_VERSION,
  type: 'hello',
  from,
});

/** @example position('w1', null, { step: 3, blank: false }).step // -> 3 */
export const position = (
  from: string,
  brief: string | null,
  at: { step: number; blank: boolean },
): BriefingMessage => ({
  v: PROTOCOL_VERSION,
  type: 'position',
  from,
  brief,
  step: at.step,
  blank: at.blank,
});

/** @example leave('w1').type // -> 'leave' */
export const leave = (from: string): BriefingMessage => ({
  v: PROTOCOL_VERSION,
  type: 'leave',
  from,
});
