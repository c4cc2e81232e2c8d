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
// Forms that destroy something ask first: <form data-confirm="…">.
document.addEventListener('submit', function (event) {
  var message = event.target.dataset && event.target.dataset.confirm;
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
