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

  /** Whether the input is still to be enhanced (not yet, and not hidden); marks it as taken. */
  function claim(input) {
    if (input.dataset.pickerReady || input.type === 'hidden') {
      return false;
    }
    input.dataset.pickerReady = '1';
    return true;
  }

  // What every picker shares, the single ones and the several units': the search box put in the input's place (with
  // its id, so its label names the box; the input, hidden, keeps its name and sends the value), the list of choices
  // under it, asked of the kind's picker as the user types, and the keys that move in it. pick(choice) is what picking
  // a choice does; first (the chips of several units) stands before the box.
  function combobox(input, kind, suffix, pick, first) {
    var id = input.id || ('unit-picker-' + (++sequence));
    var listId = id + '-choices';
    var box = document.createElement('input');
    box.type = 'text';
    box.className = input.className;
    box.id = id;
    input.id = id + suffix;
    box.autocomplete = 'off';
    box.spellcheck = false;
    box.placeholder = input.getAttribute('placeholder') || meta('pcmt-picker-placeholder', '');
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
    if (first) {
      wrap.appendChild(first);
    }
    wrap.appendChild(box);
    wrap.appendChild(list);
    input.parentNode.insertBefore(wrap, input);
    input.type = 'hidden';

    var active = -1;
    var timer = null;
    var asked = 0;
    // the choices of the last answer, and the text they were found for
    var c = { box: box, wrap: wrap, choices: [], choicesFor: null };

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

    c.close = function () {
      list.classList.remove('show');
      box.setAttribute('aria-expanded', 'false');
      box.removeAttribute('aria-activedescendant');
      active = -1;
    };

    c.show = function () {
      list.innerHTML = '';
      if (c.choices.length === 0) {
        var none = document.createElement('li');
        none.className = 'dropdown-item-text text-muted small';
        none.textContent = meta('pcmt-picker-none', '—');
        list.appendChild(none);
      }
      c.choices.forEach(function (choice, i) {
        var li = document.createElement('li');
        li.id = listId + '-' + i;
        li.className = 'dropdown-item';
        li.setAttribute('role', 'option');
        li.dataset.code = choice.code;
        li.textContent = choice.label;
        var code = document.createElement('span');
        code.className = 'text-muted small ms-2';
        code.textContent = choice.code;
        li.appendChild(code);
        li.addEventListener('mousedown', function (e) {
          e.preventDefault();
          pick(choice);
        });
        list.appendChild(li);
      });
      list.classList.add('show');
      box.setAttribute('aria-expanded', 'true');
    };

    c.isOpen = function () {
      return list.classList.contains('show');
    };

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

    /** The choices for the text, asked once the user stops typing; answered(found) unless a later text was asked. */
    c.search = function (text, answered) {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var mine = ++asked;
        query(text).then(function (found) {
          if (mine !== asked) {
            return;
          }
          c.choices = found;
          c.choicesFor = text;
          answered(found);
        });
      }, 200);
    };

    /** The text is gone: nothing is asked any more and the list closes. */
    c.clear = function () {
      clearTimeout(timer);
      c.choices = [];
      c.close();
    };

    /** The choice whose code is the one given, asked wherever it is (a kept form, a filter): named(choice). */
    c.named = function (code, named) {
      query(code, true).then(function (found) {
        var match = found.filter(function (choice) { return choice.code === code; })[0];
        if (match) {
          named(match);
        }
      });
    };

    /** The keys of the list: up and down through the choices, Enter picks (the first by default), Escape closes. */
    c.keys = function (e) {
      var open = c.isOpen();
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (!open && c.choices.length) { c.show(); }
        highlight(Math.min(active + 1, c.choices.length - 1));
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (e.key === 'Enter' && open && c.choices.length) {
        e.preventDefault();
        pick(c.choices[active >= 0 ? active : 0]);
      } else if (e.key === 'Escape' && open) {
        e.preventDefault();
        c.close();
      }
    };
    return c;
  }

  function initPicker(input, kind) {
    if (!claim(input)) {
      return;
    }
    var c = combobox(input, kind, '-code', pick);
    var box = c.box;
    box.readOnly = input.readOnly;
    box.disabled = input.disabled;
    box.required = input.required;
    input.required = false;
    box.value = input.value;
    var picked = input.value !== '';

    /** The unit whose code is the text, among the choices found for that very text. */
    function exact(text) {
      if (c.choicesFor !== text || !/^\d+$/.test(text)) {
        return null;
      }
      return c.choices.filter(function (choice) { return choice.code === text; })[0] || null;
    }

    function setCode(code) {
      if (input.value !== code) {
        input.value = code;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }

    function pick(choice) {
      box.value = choice.label;
      box.title = choice.label; // the whole name where the field is too narrow to show it
      picked = true;
      c.close();
      setCode(choice.code);
    }

    box.addEventListener('input', function () {
      var text = box.value.trim();
      picked = false;
      // a typed code is sent as it is; a name only once a unit is picked (or at submit, the best match)
      input.value = /^\d+$/.test(text) || text === '' ? text : '';
      if (text === '') {
        c.clear();
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return;
      }
      c.search(text, function () {
        var whole = exact(text);
        if (whole) {
          pick(whole); // a whole code typed: its unit, named at once (the list would only cover the next fields)
        } else if (document.activeElement === box) {
          // a name or the beginning of a code: the units it matches, to pick; not after the user has moved on: a
          // late answer must not cover the next fields
          c.show();
        }
      });
    });

    box.addEventListener('keydown', c.keys);

    box.addEventListener('blur', function () {
      c.close();
      var text = box.value.trim();
      if (picked || text === '') {
        return;
      }
      var whole = exact(text);
      if (whole) {
        pick(whole);
      } else if (!/^\d+$/.test(text) && c.choicesFor === text && c.choices.length === 1) {
        pick(c.choices[0]);
      }
    });

    // a name typed but not picked: the best match when there is one, else the text (the form says what is wrong)
    var form = input.form || box.form;
    if (form) {
      form.addEventListener('submit', function () {
        var text = box.value.trim();
        if (!picked && text !== '' && !/^\d+$/.test(text)) {
          input.value = c.choicesFor === text && c.choices.length ? c.choices[0].code : text;
        }
      });
    }

    // the name of the unit already chosen (a kept form, a filter): looked up once by its code
    if (input.value) {
      var code = input.value;
      c.named(code, function (match) {
        if (box.value === code) {
          box.value = match.label;
          box.title = match.label;
        }
      });
    }
  }

  // Several units: <input name="unitCodes" data-unit-picker data-multiple> holding codes separated by commas. The
  // script keeps the input (hidden) as the list of codes, shows each unit as a chip with a button to remove it, and
  // the single picker's search box and list (combobox) that add the unit picked (or a code typed, at Enter or a
  // comma). Without script the input takes the codes typed with commas, as before.
  function initMulti(input) {
    if (!claim(input)) {
      return;
    }
    var chips = document.createElement('div');
    chips.className = 'd-flex flex-wrap gap-1 mb-1';
    chips.dataset.testid = 'unit-chips';
    var c = combobox(input, kinds.unit, '-codes', function (choice) { add(choice.code, choice.label); }, chips);
    var box = c.box;
    c.wrap.classList.add('pcmt-picker-multi');

    var codes = input.value.split(/[\s,;]+/).filter(function (code) { return code !== ''; });
    var names = {};

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
          codes = codes.filter(function (other) { return other !== code; });
          render();
        });
        chip.appendChild(remove);
        chips.appendChild(chip);
      });
    }

    // the name of a unit known by its code only (kept by the form, or typed): looked up once
    function nameOf(code) {
      c.named(code, function (match) {
        names[code] = match.label;
        render();
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
      c.clear();
      render();
    }

    function typedCodes() {
      var parts = box.value.split(/[\s,;]+/).filter(function (part) { return part !== ''; });
      if (parts.length && parts.every(function (part) { return /^\d+$/.test(part); })) {
        parts.forEach(function (part) { add(part, null); });
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
      if (text === '') {
        c.clear();
        return;
      }
      c.search(text, function () {
        if (document.activeElement === box) {
          c.show();
        }
      });
    });
    box.addEventListener('keydown', function (e) {
      // Enter adds the codes typed, else the choice (never submits the form)
      if (e.key === 'Enter') {
        e.preventDefault();
        if (typedCodes()) {
          return;
        }
      }
      c.keys(e);
    });
    box.addEventListener('blur', function () {
      c.close();
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
