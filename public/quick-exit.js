// Quick exit. Why each part is as it is: src/components/QuickExit.astro.
(function () {
  var link = document.querySelector('[data-quick-exit]');
  if (!link) return;
  var root = document.documentElement;
  var NOT_TEXT = /^(?:button|submit|reset|checkbox|radio|image|file|range|color|hidden)$/;
  var SHIFT_GAP_MS = 5000;
  var presses = 0;
  var lastPress = 0;
  var shiftAlone = false;

  function leave(event) {
    event.preventDefault();
    // A second press would open a second tab.
    if (root.hasAttribute('data-quick-exit-leaving')) return;
    root.setAttribute('data-quick-exit-leaving', '');
    document.title = '';
    window.open(link.href, '_blank', 'noopener,noreferrer');
    window.location.replace(link.href);
  }

  // Escape may belong to a field or an open dialog.
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
  // Shift held while clicking selects text: not part of the shortcut.
  document.addEventListener('pointerdown', function () {
    shiftAlone = false;
  });
  root.setAttribute('data-quick-exit-ready', '');
})();
