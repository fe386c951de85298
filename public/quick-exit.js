// Quick exit. The bar's link works on its own: it takes this tab to the neutral site. This script
// adds what a young person at risk needs on top:
//
// - The neutral site also opens in a new tab, from the person's own click or key, so the tab left
//   in front has no page of this site behind its Back button. A site cannot erase a tab's earlier
//   history; a fresh tab has none. This tab is replaced by the neutral site too, in case someone
//   switches back to it. `noopener` makes window.open return null whether or not the tab opened,
//   so both steps always run; where the browser refuses the new tab (a popup blocker; Chromium
//   counts neither Escape nor Shift as a gesture, measured: only a click or Enter on the link
//   opens one), replacing this tab is the whole exit.
// - Shift pressed three times on its own, each press within five seconds of the last (as GOV.UK's
//   "Exit this page"), and Escape when it is not closing something or editing a field. Neither
//   fires while someone types: Shift held for a capital is not a press, and any other key starts
//   the count again.
// - The page is hidden at once, before the neutral site arrives.
//
// Internal links push history as usual, decided by measurement (issue 23). Were links on get-help
// and story pages to replace the page instead, 6 of 7 Back presses in six ordinary reading paths
// (story to story, theme list to story, story to get-help...) would land somewhere the reader did
// not expect, 5 of them off the site. It would help only where the new tab is refused, and only
// partly: Back would still show the site after 2 of 4 such exits tried (4 of 4 as it is). Where
// the new tab opens, Back in it shows nothing of the site either way.
(function () {
  var link = document.querySelector('[data-quick-exit]');
  if (!link) return;
  var NOT_TEXT = /^(?:button|submit|reset|checkbox|radio|image|file|range|color|hidden)$/;
  var SHIFT_GAP_MS = 5000;
  var presses = 0;
  var lastPress = 0;
  var shiftAlone = false;

  function leave(event) {
    event.preventDefault();
    // A second press while the neutral site loads would open a second tab.
    if (document.documentElement.hasAttribute('data-quick-exit-leaving')) return;
    document.documentElement.setAttribute('data-quick-exit-leaving', '');
    document.title = '';
    window.open(link.href, '_blank', 'noopener,noreferrer');
    window.location.replace(link.href);
  }

  // Escape belongs to a field (clearing a search box, closing its suggestions) or an open dialog.
  function escapeIsTaken(target) {
    if (document.querySelector('dialog[open], [aria-modal="true"]')) return true;
    if (!(target instanceof Element)) return false;
    if (target.isContentEditable || target.closest('textarea, select')) return true;
    return target.tagName === 'INPUT' && !NOT_TEXT.test(target.type);
  }

  link.addEventListener('click', leave);
  document.addEventListener('keydown', function (event) {
    if (event.isComposing) return;
    if (event.key === 'Shift') {
      if (!event.repeat) shiftAlone = true;
      return;
    }
    shiftAlone = false;
    presses = 0;
    if (event.key === 'Escape' && !event.repeat && !event.defaultPrevented) {
      if (!escapeIsTaken(event.target)) leave(event);
    }
  });
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift' || !shiftAlone) return;
    shiftAlone = false;
    if (event.timeStamp - lastPress > SHIFT_GAP_MS) presses = 0;
    lastPress = event.timeStamp;
    presses += 1;
    if (presses === 3) leave(event);
  });
  // Shift held while clicking selects text; that press is not part of the shortcut.
  document.addEventListener('pointerdown', function () {
    shiftAlone = false;
  });
  document.documentElement.setAttribute('data-quick-exit-ready', '');
})();
