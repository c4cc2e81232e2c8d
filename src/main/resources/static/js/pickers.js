// Unit picker and date picker (ADR 046). Both enhance an ordinary text input and leave it working without script.
//
// Unit picker: <input name="communeCode" data-unit-picker [data-level="commune"] [data-date-from="#field"]
// [data-scope="all"]>. The input keeps its name and sends the code; the script hides it and shows a search box in
// its place (with its id, so its label names the box) that asks /units/picker for the units in force on the date of
// the field named by data-date-from (today when empty), at the levels given, within the user's jurisdiction (anywhere
// with data-scope="all"), and lists their names ("Phường Phố Hiến — Hưng Yên"); picking one puts its code in the
// input. A code typed in the box is sent as it is. Without script the input takes a typed code.
//
// Date picker: <input data-date placeholder="dd/mm/yyyy">. The input still takes a typed date; the script adds a
// calendar button that opens the browser's own calendar (a hidden <input type=date>) and writes the date picked
// back as dd/MM/yyyy.
(function () {
  var script = document.currentScript;
  var base = script ? script.src.replace(/js\/pickers\.js.*$/, '') : '/';
  var pickerUrl = base + 'units/picker';
  // the same picker for people and facilities (ADR 053): <input name="personId" data-person-picker> asks
  // /people/picker (the register's search in the user's jurisdiction, numbers masked), <input name="facilityId"
  // data-facility-picker [data-kind="REHAB"]> asks /facilities/picker (the user's province); the input sends the id
  var kinds = {
    unit: { url: pickerUrl, testid: 'unit-picker' },
    person: { url: base + 'people/picker', testid: 'person-picker' },
    facility: { url: base + 'facilities/picker', testid: 'facility-picker' }
  };

  function meta(name, fallback) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.content : fallback;
  }

  var sequence = 0;

  function initUnit(input) {
    initPicker(input, kinds.unit);
  }

  function initPicker(input, kind) {
    if (input.dataset.pickerReady || input.type === 'hidden') {
      return;
    }
    input.dataset.pickerReady = '1';
    var id = input.id || ('unit-picker-' + (++sequence));
    var listId = id + '-choices';
    var box = document.createElement('input');
    box.type = 'text';
    box.className = input.className;
    box.id = id;
    input.id = id + '-code';
    box.autocomplete = 'off';
    box.spellcheck = false;
    box.placeholder = input.getAttribute('placeholder') || meta('pcmt-picker-placeholder', '');
    box.readOnly = input.readOnly;
    box.disabled = input.disabled;
    box.required = input.required;
    input.required = false;
    box.value = input.value;
    box.setAttribute('role', 'combobox');
    box.setAttribute('aria-autocomplete', 'list');
    box.setAttribute('aria-expanded', 'false');
    box.setAttribute('aria-controls', listId);
    box.dataset.testid = kind.testid;
    ['aria-label', 'aria-describedby', 'form'].forEach(function (name) {
      if (input.hasAttribute(name)) {
        box.setAttribute(name, input.getAttribute(name));
      }
    });
    var wrap = document.createElement('div');
    wrap.className = 'pcmt-picker';
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'dropdown-menu pcmt-picker-list';
    list.setAttribute('role', 'listbox');
    wrap.appendChild(box);
    wrap.appendChild(list);
    input.parentNode.insertBefore(wrap, input);
    input.type = 'hidden';

    var choices = [];
    var active = -1;
    var picked = input.value !== '';
    var timer = null;
    var asked = 0;
    var choicesFor = null;

    /** The unit whose code is the text, among the choices found for that very text. */
    function exact(text) {
      if (choicesFor !== text || !/^\d+$/.test(text)) {
        return null;
      }
      return choices.filter(function (c) { return c.code === text; })[0] || null;
    }

    function query(text, anywhere) {
      var params = new URLSearchParams();
      params.set('q', text);
      var dateField = input.dataset.dateFrom && document.querySelector(input.dataset.dateFrom);
      if (dateField && dateField.value) {
        params.set('date', dateField.value);
      }
      if (input.dataset.level) {
        params.set('level', input.dataset.level);
      }
      if (input.dataset.kind) {
        params.set('kind', input.dataset.kind);
      }
      if (kind === kinds.unit && (anywhere || input.dataset.scope === 'all')) {
        params.set('scope', 'all');
      }
      return fetch(kind.url + '?' + params.toString(), {
        credentials: 'same-origin',
        headers: { 'Accept': 'application/json' }
      }).then(function (r) { return r.ok ? r.json() : []; });
    }

    function close() {
      list.classList.remove('show');
      box.setAttribute('aria-expanded', 'false');
      box.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function show() {
      list.innerHTML = '';
      if (choices.length === 0) {
        var none = document.createElement('li');
        none.className = 'dropdown-item-text text-muted small';
        none.textContent = meta('pcmt-picker-none', '—');
        list.appendChild(none);
      }
      choices.forEach(function (c, i) {
        var li = document.createElement('li');
        li.id = listId + '-' + i;
        li.className = 'dropdown-item';
        li.setAttribute('role', 'option');
        li.dataset.code = c.code;
        li.textContent = c.label;
        var code = document.createElement('span');
        code.className = 'text-muted small ms-2';
        code.textContent = c.code;
        li.appendChild(code);
        li.addEventListener('mousedown', function (e) {
          e.preventDefault();
          pick(c);
        });
        list.appendChild(li);
      });
      list.classList.add('show');
      box.setAttribute('aria-expanded', 'true');
    }

    function highlight(i) {
      var items = list.querySelectorAll('[role=option]');
      items.forEach(function (el) { el.classList.remove('active'); el.setAttribute('aria-selected', 'false'); });
      active = i;
      if (i >= 0 && items[i]) {
        items[i].classList.add('active');
        items[i].setAttribute('aria-selected', 'true');
        box.setAttribute('aria-activedescendant', items[i].id);
        items[i].scrollIntoView({ block: 'nearest' });
      }
    }

    function setCode(code) {
      if (input.value !== code) {
        input.value = code;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }

    function pick(c) {
      box.value = c.label;
      box.title = c.label; // the whole name where the field is too narrow to show it
      picked = true;
      close();
      setCode(c.code);
    }

    box.addEventListener('input', function () {
      var text = box.value.trim();
      picked = false;
      // a typed code is sent as it is; a name only once a unit is picked (or at submit, the best match)
      input.value = /^\d+$/.test(text) || text === '' ? text : '';
      clearTimeout(timer);
      if (text === '') {
        choices = [];
        close();
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return;
      }
      timer = setTimeout(function () {
        var mine = ++asked;
        query(text).then(function (found) {
          if (mine !== asked) {
            return;
          }
          choices = found;
          choicesFor = text;
          var whole = exact(text);
          if (whole) {
            pick(whole); // a whole code typed: its unit, named at once (the list would only cover the next fields)
          } else if (document.activeElement === box) {
            // a name or the beginning of a code: the units it matches, to pick; not after the user has moved on: a
            // late answer must not cover the next fields
            show();
          }
        });
      }, 200);
    });

    box.addEventListener('keydown', function (e) {
      var open = list.classList.contains('show');
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (!open && choices.length) { show(); }
        highlight(Math.min(active + 1, choices.length - 1));
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (e.key === 'Enter' && open && choices.length) {
        e.preventDefault();
        pick(choices[active >= 0 ? active : 0]);
      } else if (e.key === 'Escape' && open) {
        e.preventDefault();
        close();
      }
    });

    box.addEventListener('blur', function () {
      close();
      var text = box.value.trim();
      if (picked || text === '') {
        return;
      }
      var whole = exact(text);
      if (whole) {
        pick(whole);
      } else if (!/^\d+$/.test(text) && choicesFor === text && choices.length === 1) {
        pick(choices[0]);
      }
    });

    // a name typed but not picked: the best match when there is one, else the text (the form says what is wrong)
    var form = input.form || box.form;
    if (form) {
      form.addEventListener('submit', function () {
        var text = box.value.trim();
        if (!picked && text !== '' && !/^\d+$/.test(text)) {
          input.value = choicesFor === text && choices.length ? choices[0].code : text;
        }
      });
    }

    // the name of the unit already chosen (a kept form, a filter): looked up once by its code
    if (input.value) {
      var code = input.value;
      query(code, true).then(function (found) {
        var match = found.filter(function (c) { return c.code === code; })[0];
        if (match && box.value === code) {
          box.value = match.label;
          box.title = match.label;
        }
      });
    }
  }

  // Several units: <input name="unitCodes" data-unit-picker data-multiple> holding codes separated by commas. The
  // script keeps the input (hidden) as the list of codes, shows each unit as a chip with a button to remove it, and a
  // search box like the single picker's that adds the unit picked (or a code typed, at Enter or a comma). Without
  // script the input takes the codes typed with commas, as before.
  function initMulti(input) {
    if (input.dataset.pickerReady || input.type === 'hidden') {
      return;
    }
    input.dataset.pickerReady = '1';
    var id = input.id || ('unit-picker-' + (++sequence));
    var listId = id + '-choices';
    var wrap = document.createElement('div');
    wrap.className = 'pcmt-picker pcmt-picker-multi';
    var chips = document.createElement('div');
    chips.className = 'd-flex flex-wrap gap-1 mb-1';
    chips.dataset.testid = 'unit-chips';
    var box = document.createElement('input');
    box.type = 'text';
    box.className = input.className;
    box.id = id;
    input.id = id + '-codes';
    box.autocomplete = 'off';
    box.placeholder = input.getAttribute('placeholder') || meta('pcmt-picker-placeholder', '');
    box.setAttribute('role', 'combobox');
    box.setAttribute('aria-autocomplete', 'list');
    box.setAttribute('aria-expanded', 'false');
    box.setAttribute('aria-controls', listId);
    box.dataset.testid = 'unit-picker';
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'dropdown-menu pcmt-picker-list';
    list.setAttribute('role', 'listbox');
    wrap.appendChild(chips);
    wrap.appendChild(box);
    wrap.appendChild(list);
    input.parentNode.insertBefore(wrap, input);
    input.type = 'hidden';

    var codes = input.value.split(/[\s,;]+/).filter(function (c) { return c !== ''; });
    var names = {};
    var choices = [];
    var timer = null;
    var asked = 0;

    function query(text, anywhere) {
      var params = new URLSearchParams();
      params.set('q', text);
      var dateField = input.dataset.dateFrom && document.querySelector(input.dataset.dateFrom);
      if (dateField && dateField.value) {
        params.set('date', dateField.value);
      }
      if (input.dataset.level) {
        params.set('level', input.dataset.level);
      }
      if (anywhere || input.dataset.scope === 'all') {
        params.set('scope', 'all');
      }
      return fetch(pickerUrl + '?' + params.toString(), {
        credentials: 'same-origin',
        headers: { 'Accept': 'application/json' }
      }).then(function (r) { return r.ok ? r.json() : []; });
    }

    function render() {
      input.value = codes.join(', ');
      chips.innerHTML = '';
      codes.forEach(function (code) {
        var chip = document.createElement('span');
        chip.className = 'badge text-bg-light border d-inline-flex align-items-center gap-1';
        chip.dataset.code = code;
        chip.textContent = names[code] || code;
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'btn-close btn-close-sm';
        remove.style.fontSize = '.6rem';
        remove.setAttribute('aria-label', meta('pcmt-picker-remove', 'Remove') + ' ' + (names[code] || code));
        remove.addEventListener('click', function () {
          codes = codes.filter(function (c) { return c !== code; });
          render();
        });
        chip.appendChild(remove);
        chips.appendChild(chip);
      });
    }

    // the name of a unit known by its code only (kept by the form, or typed): looked up once
    function nameOf(code) {
      query(code, true).then(function (found) {
        var match = found.filter(function (c) { return c.code === code; })[0];
        if (match) {
          names[code] = match.label;
          render();
        }
      });
    }

    function add(code, label) {
      if (label) {
        names[code] = label;
      } else if (!names[code]) {
        nameOf(code);
      }
      if (codes.indexOf(code) < 0) {
        codes.push(code);
      }
      box.value = '';
      close();
      render();
    }

    function close() {
      list.classList.remove('show');
      box.setAttribute('aria-expanded', 'false');
    }

    function show() {
      list.innerHTML = '';
      if (choices.length === 0) {
        var none = document.createElement('li');
        none.className = 'dropdown-item-text text-muted small';
        none.textContent = meta('pcmt-picker-none', '—');
        list.appendChild(none);
      }
      choices.forEach(function (c, i) {
        var li = document.createElement('li');
        li.id = listId + '-' + i;
        li.className = 'dropdown-item';
        li.setAttribute('role', 'option');
        li.dataset.code = c.code;
        li.textContent = c.label;
        var code = document.createElement('span');
        code.className = 'text-muted small ms-2';
        code.textContent = c.code;
        li.appendChild(code);
        li.addEventListener('mousedown', function (e) {
          e.preventDefault();
          add(c.code, c.label);
        });
        list.appendChild(li);
      });
      list.classList.add('show');
      box.setAttribute('aria-expanded', 'true');
    }

    function typedCodes() {
      var parts = box.value.split(/[\s,;]+/).filter(function (c) { return c !== ''; });
      if (parts.length && parts.every(function (c) { return /^\d+$/.test(c); })) {
        parts.forEach(function (c) { add(c, null); });
        return true;
      }
      return false;
    }

    box.addEventListener('input', function () {
      var text = box.value.trim();
      if (/[,;]$/.test(text)) {
        typedCodes();
        return;
      }
      clearTimeout(timer);
      if (text === '') {
        close();
        return;
      }
      timer = setTimeout(function () {
        var mine = ++asked;
        query(text).then(function (found) {
          if (mine === asked && document.activeElement === box) {
            choices = found;
            show();
          }
        });
      }, 200);
    });
    box.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') {
        e.preventDefault();
        if (!typedCodes() && list.classList.contains('show') && choices.length) {
          add(choices[0].code, choices[0].label);
        }
      } else if (e.key === 'Escape') {
        close();
      }
    });
    box.addEventListener('blur', function () {
      close();
      typedCodes();
    });
    render();
    codes.forEach(nameOf);
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function iso(text) {
    var m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
    return m ? m[3] + '-' + pad(+m[2]) + '-' + pad(+m[1]) : '';
  }

  function initDate(input) {
    if (input.dataset.dateReady || input.type === 'hidden' || input.readOnly || input.disabled) {
      return;
    }
    input.dataset.dateReady = '1';
    var small = input.classList.contains('form-control-sm');
    var group = input.parentNode.classList.contains('input-group') ? input.parentNode : null;
    var holder = group;
    if (!group) {
      holder = document.createElement('div');
      holder.className = 'pcmt-date';
      input.parentNode.insertBefore(holder, input);
      holder.appendChild(input);
      // the error under the field stays its sibling (Bootstrap shows .invalid-feedback after an .is-invalid field)
      var next = holder.nextElementSibling;
      while (next && next.classList.contains('invalid-feedback')) {
        var after = next.nextElementSibling;
        holder.appendChild(next);
        next = after;
      }
    }
    // a span, not a <button>: scripts and tests that look for a form's button find its submit button still
    var button = document.createElement('span');
    button.className = 'btn btn-outline-secondary pcmt-date-button' + (small ? ' btn-sm' : '');
    // a mouse (or touch) shortcut beside a field that keyboards and screen readers use as it is
    button.title = meta('pcmt-date-choose', 'Calendar');
    button.setAttribute('aria-hidden', 'true');
    button.tabIndex = -1;
    button.innerHTML = '<i class="bi bi-calendar3" aria-hidden="true"></i>';
    var native = document.createElement('input');
    native.type = 'date';
    native.tabIndex = -1;
    native.className = 'pcmt-date-native';
    native.setAttribute('aria-hidden', 'true');
    input.insertAdjacentElement('afterend', button);
    button.insertAdjacentElement('afterend', native);
    button.addEventListener('click', function () {
      native.value = iso(input.value);
      if (typeof native.showPicker === 'function') {
        try {
          native.showPicker();
          return;
        } catch (e) {
          // not allowed here: fall through
        }
      }
      native.focus();
      native.click();
    });
    native.addEventListener('change', function () {
      var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(native.value);
      if (m) {
        input.value = m[3] + '/' + m[2] + '/' + m[1];
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
  }

  function init(root) {
    if (!root || !root.querySelectorAll) {
      return;
    }
    root.querySelectorAll('input[data-unit-picker]:not([data-multiple])').forEach(initUnit);
    root.querySelectorAll('input[data-unit-picker][data-multiple]').forEach(initMulti);
    root.querySelectorAll('input[data-person-picker]').forEach(function (i) { initPicker(i, kinds.person); });
    root.querySelectorAll('input[data-facility-picker]').forEach(function (i) { initPicker(i, kinds.facility); });
    root.querySelectorAll('input[data-date]').forEach(initDate);
  }

  init(document);
  document.addEventListener('htmx:load', function (event) { init(event.detail.elt); });
})();
