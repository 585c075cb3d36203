/**
 * Lays out a hidden copy of an element once at each value of a CSS custom property, a task
 * each, so the type sizes those values give are set up before they are needed. The step card
 * (StepCard.svelte) tries a few of its ten type sizes in the key press that changes the step;
 * the first layout at a size the page has not used yet costs 2-6 ms (Chromium sets up the font
 * at that size), a size already used 0.2-0.4 ms: at 1920 wide the tries took 10-15 ms of a
 * 20-28 ms step. Warmed once per `key` (the card's type unit), after the first card is shown.
 */
import { yieldToPage } from './yieldToPage.ts';

const warmed = new Set<string>();

/**
 * @param el the element to copy (its classes give the copy the same type)
 * @param property the custom property the sizes hang on ('--fit')
 * @param values its values, each laid out once
 * @param key what else decides the sizes (the same key is not warmed twice)
 * @example void warmSizes(card, '--fit', ['1.60', '1.50'], '24px')
 */
export async function warmSizes(
  el: HTMLElement,
  property: string,
  values: readonly string[],
  key: string,
): Promise<void> {
  if (warmed.has(key) || !el.parentElement) return;
  warmed.add(key);
  const copy = el.cloneNode(true) as HTMLElement;
  // Out of the flow, unseen and unread: only the classes and styles that give its type are
  // kept (no test id, link, title or data of its own), and a word stands for each text (the
  // sizes are what is set up: nothing in it can be found twice in the page).
  for (const element of [copy, ...copy.querySelectorAll('*')])
    for (const { name } of [...element.attributes])
      if (name !== 'class' && name !== 'style') element.removeAttribute(name);
  copy.setAttribute('aria-hidden', 'true');
  copy.inert = true;
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeValue?.trim()) node.nodeValue = 'Aa';
  Object.assign(copy.style, {
    position: 'absolute',
    visibility: 'hidden',
    pointerEvents: 'none',
    width: `${el.clientWidth}px`,
    animation: 'none',
  });
  el.parentElement.append(copy);
  try {
    for (const value of values) {
      await yieldToPage();
      if (!copy.isConnected) return;
      copy.style.setProperty(property, value);
      void copy.offsetHeight;
    }
  } finally {
    copy.remove();
  }
}
