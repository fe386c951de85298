// A screen without hover cannot preview: the first tap on a hexagon shows its card, a second
// tap on it (or the card's link) opens the page. Hover and keyboard focus show the same card.
// Without this script every hexagon is a plain link.
const area = document.querySelector<HTMLElement>('[data-council-map]');
const card = area?.querySelector<HTMLElement>('[data-map-card]');
if (area && card) {
  const part = (name: string) => area.querySelector<HTMLElement>(`[data-card="${name}"]`)!;
  const link = part('link') as HTMLAnchorElement;
  let shown: Element | null = null;
  let tapped: Element | null = null;
  let byTouch = false;
  const hexagonOf = (event: Event) =>
    event.target instanceof Element ? event.target.closest('a.hex') : null;

  const show = (hexagon: Element) => {
    shown?.removeAttribute('data-shown');
    shown = hexagon;
    hexagon.setAttribute('data-shown', '');
    const name = hexagon.getAttribute('data-name') ?? '';
    part('name').textContent = name;
    part('progress').textContent = hexagon.getAttribute('data-progress');
    for (const status of card.querySelectorAll<HTMLElement>('[data-card-status]')) {
      status.hidden = status.dataset.cardStatus !== hexagon.getAttribute('data-status');
    }
    link.href = hexagon.getAttribute('href') ?? link.href;
    // A link to an English-only page (an English council, from a Welsh page) says so.
    link.toggleAttribute('hreflang', hexagon.hasAttribute('hreflang'));
    if (hexagon.hasAttribute('hreflang')) link.hreflang = 'en-GB';
    link.textContent = (card.dataset.open ?? '').replace('{name}', name);
    card.hidden = false;
  };

  area.addEventListener('pointerdown', (event) => (byTouch = event.pointerType !== 'mouse'));
  area.addEventListener('keydown', () => (byTouch = false));
  area.addEventListener('pointerover', (event) => {
    const hexagon = hexagonOf(event);
    if (hexagon && event.pointerType === 'mouse') show(hexagon);
  });
  area.addEventListener('focusin', (event) => {
    const hexagon = hexagonOf(event);
    if (hexagon) show(hexagon);
  });
  area.addEventListener('click', (event) => {
    const hexagon = hexagonOf(event);
    // A second tap on the hexagon whose card is open follows its link.
    if (!hexagon || !byTouch || hexagon === tapped) return;
    event.preventDefault();
    tapped = hexagon;
    show(hexagon);
    const name = hexagon.getAttribute('aria-label');
    part('announce').textContent = (card.dataset.tapAgain ?? '').replace('{name}', name ?? '');
  });
  part('close').addEventListener('click', () => {
    card.hidden = true;
    shown?.removeAttribute('data-shown');
    tapped = null;
  });
}
