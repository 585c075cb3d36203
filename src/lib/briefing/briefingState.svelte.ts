/**
 * The briefing as it runs in this window: on or off, the brief, the step, blank, the theme. A
 * step drives the dashboard through its own view state (filters, selection), so the network
 * and the timeline light up the step's milestone by the same mechanics as a click does.
 */
import type { DashboardState } from '../state/dashboard.svelte.ts';
import {
  parseBriefingParams,
  serializeBriefingParams,
  type BriefingParams,
} from '../state/briefingParams.ts';
import { cloneViewState, type ViewState } from '../state/viewState.ts';
import type { UrlPart } from '../state/urlBinding.svelte.ts';
import { buildBriefSteps, buildDefaultSteps } from './buildSteps.ts';
import { move, type BriefingAction } from './keyMap.ts';
import type { Brief, Position, Step } from './types.ts';

export type Theme = 'light' | 'dark';

export class BriefingState {
  active = $state(false);
  step = $state(0);
  blank = $state(false);
  theme = $state<Theme>('light');
  briefId = $state<string | null>(null);
  briefs = $state.raw<Brief[]>([]);

  /** One step per milestone of the dataset as it is now (an added article adds its own). */
  defaultSteps: Step[];
  brief = $derived(this.briefs.find((b) => b.id === this.briefId) ?? null);
  steps = $derived(this.stepsOf(this.brief));
  current = $derived<Step | null>(this.steps[this.step] ?? null);
  position = $derived<Position>({ step: this.step, blank: this.blank });

  /** The view before the briefing began, given back when it ends. */
  #before: ViewState | null = null;

  constructor(
    readonly dashboard: DashboardState,
    briefs: Brief[] = [],
  ) {
    this.defaultSteps = $derived(buildDefaultSteps(dashboard.dataset));
    this.briefs = briefs;
  }

  stepsOf(brief: Brief | null): Step[] {
    return brief ? buildBriefSteps(this.dashboard.dataset, brief).steps : this.defaultSteps;
  }

  /** Starts (or restarts) the briefing at a step of the chosen brief. */
  enter(step = 0): void {
    if (!this.active) this.#before = cloneViewState(this.dashboard.viewState);
    this.active = true;
    this.blank = false;
    this.go(step);
  }

  /** Ends the briefing and gives back the view from before it. */
  leave(): void {
    if (!this.active) return;
    this.active = false;
    this.blank = false;
    if (this.#before) this.dashboard.applyViewState(this.#before);
    this.#before = null;
  }

  /** Moves to a step (clamped) and shows its view. */
  go(step: number): void {
    const last = this.steps.length - 1;
    this.step = Math.max(0, Math.min(last, Math.round(step)));
    const s = this.steps[this.step];
    if (s) this.dashboard.applyViewState(cloneViewState(s.view));
  }

  /** A key's action; true when the position changed (and others should be told). */
  act(action: BriefingAction): boolean {
    const next = move(this.position, action, this.steps.length);
    if (next.step === this.step && next.blank === this.blank) return false;
    this.blank = next.blank;
    if (next.step !== this.step) this.go(next.step);
    return true;
  }

  /** Takes a position another window announced; a different brief is switched to first. */
  adopt(brief: string | null, at: Position): void {
    const known = brief === null || this.briefs.some((b) => b.id === brief);
    const switched = brief !== this.briefId && known;
    if (switched) this.briefId = brief;
    this.blank = at.blank;
    if (switched || at.step !== this.step) this.go(at.step);
  }

  get params(): BriefingParams {
    return {
      step: this.active ? this.step : null,
      brief: this.briefId,
      theme: this.theme,
      presenter: false,
    };
  }

  /** The step in the address bar, so a briefer can reopen at step 5. */
  readonly urlPart: UrlPart = {
    read: (search) => {
      const known = {
        briefs: { has: (id: string) => this.briefs.some((b) => b.id === id) },
        steps: (id: string | null) =>
          this.stepsOf(this.briefs.find((b) => b.id === id) ?? null).length,
      };
      const { params, notices } = parseBriefingParams(search, known);
      this.theme = params.theme;
      if (params.step === null) {
        // Back past the first step: the link's own view stays, nothing to give back.
        this.active = false;
        this.blank = false;
        this.#before = null;
      } else {
        this.briefId = params.brief;
        this.enter(params.step);
      }
      return notices.map((n) => `Briefing link: ${n}`);
    },
    query: () => (this.active ? serializeBriefingParams(this.params) : ''),
  };
}
