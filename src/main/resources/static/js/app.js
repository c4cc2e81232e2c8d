// htmx requests carry the CSRF token as a header, like every form carries it as a field.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// A session that timed out answers htmx with 401: go to the login page instead of showing nothing.
document.addEventListener('htmx:responseError', function (event) {
  if (event.detail.xhr.status === 401) {
    window.location.href = (document.body.dataset.contextPath || '') + '/login';
  }
});
// No inline script anywhere (the Content-Security-Policy forbids it): behaviours hang on data-* attributes.
// Forms that destroy something ask first: <form data-confirm="…">. A long form shows its progress and
// cannot be sent twice: <form data-progress="#element-to-show">.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var message = form.dataset && form.dataset.confirm;
  if (message && !window.confirm(message)) {
    event.preventDefault();
    return;
  }
  var progress = form.dataset && form.dataset.progress && document.querySelector(form.dataset.progress);
  if (progress) {
    progress.classList.remove('d-none');
    var button = form.querySelector('button');
    if (button) { button.disabled = true; }
  }
});
// A select that sends its form when changed: <select data-autosubmit>.
document.addEventListener('change', function (event) {
  if (event.target.matches && event.target.matches('select[data-autosubmit]') && event.target.form) {
    event.target.form.submit();
  }
});
// A link back to the previous page: <a href="#" data-history-back>.
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('[data-history-back]');
  if (link) {
    event.preventDefault();
    window.history.back();
  }
});

// The plan page's tabs (ADR 050): on a narrow screen the row scrolls sideways; the tab shown is brought into view.
(function () {
  document.querySelectorAll('.pcmt-tabs').forEach(function (row) {
    var active = row.querySelector('.nav-link.active');
    if (active && row.scrollWidth > row.clientWidth) {
      row.scrollLeft = Math.max(0, active.offsetLeft - (row.clientWidth - active.offsetWidth) / 2);
    }
  });
})();
