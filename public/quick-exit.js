// Quick exit. The link works on its own; this adds the Escape key, hides the page at once and
// replaces it in the history, so pressing Back does not bring it back.
(function () {
  var link = document.querySelector('[data-quick-exit]');
  if (!link) return;

  function leave(event) {
    event.preventDefault();
    document.body.style.visibility = 'hidden';
    document.title = '';
    window.location.replace(link.href);
  }

  link.addEventListener('click', leave);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !event.defaultPrevented && !event.repeat) leave(event);
  });
  document.documentElement.setAttribute('data-quick-exit-ready', '');
})();
