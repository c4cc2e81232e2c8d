// Amounts in đồng: <input data-amount> is shown grouped with dots (1.250.000.000) once typed, and the element
// named by data-amount-echo repeats it with its unit, so a missing zero is seen before the form is sent.
(function () {
  function digits(value) {
    var s = (value || '').replace(/[\s\u00a0]/g, '').replace(/(đồng|đ|₫|vnđ|vnd)$/i, '');
    return /^\d{1,3}(\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : s;
  }
  function grouped(s) {
    return s.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  }
  function show(input) {
    var s = digits(input.value);
    var echo = document.getElementById(input.dataset.amountEcho || '');
    if (/^\d+$/.test(s)) {
      input.value = grouped(s);
      if (echo) { echo.textContent = grouped(s) + ' đ'; }
    } else if (echo) {
      echo.textContent = '';
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[data-amount]').forEach(function (input) {
      show(input);
      input.addEventListener('change', function () { show(input); });
      input.addEventListener('input', function () {
        var echo = document.getElementById(input.dataset.amountEcho || '');
        var s = digits(input.value);
        if (echo) { echo.textContent = /^\d+$/.test(s) ? grouped(s) + ' đ' : ''; }
      });
    });
  });
})();
