/**
 * The dashboard's state reaches components through a typed context, not a prop handed down
 * through every level: App (and PresenterView's host, main.ts, has none) sets it once, and any
 * component below calls getDashboard().
 * @example const dashboard = getDashboard(); // in a component's <script>
 */
import { createContext } from 'svelte';
import type { DashboardState } from './dashboard.svelte.ts';
import type { LazySavedViews } from './lazySavedViews.svelte.ts';

export const [getDashboard, setDashboard] = createContext<DashboardState>();

/**
 * The saved views and briefs (one store for the Saved views menu and the brief editor), read
 * after the first picture.
 */
export const [getSavedViews, setSavedViews] = createContext<LazySavedViews>();
