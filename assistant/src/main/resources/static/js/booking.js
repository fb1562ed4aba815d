// Booking page enhancement; the form works without it. The free times are one radio group split into a fieldset
// per day: the arrow keys move time by time (the browser's own radio keys), and here Page Down / Page Up move to the
// first time of the next / previous day, checking it as the arrow keys do. The hint saying so is shown only when
// this script runs.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var days = Array.prototype.slice.call(document.querySelectorAll('.slot-day'));
    var hint = document.getElementById('slot-keys');
    if (days.length < 2 || !hint) { return; }
    hint.hidden = false;
    document.getElementById('slots').setAttribute('aria-describedby', 'slot-keys');
    days.forEach(function (day, i) {
      day.addEventListener('keydown', function (event) {
        if (event.target.name !== 'slotId' || event.altKey || event.ctrlKey || event.metaKey) { return; }
        var to = event.key === 'PageDown' ? days[i + 1] : event.key === 'PageUp' ? days[i - 1] : null;
        if (!to) { return; }
        event.preventDefault();
        var first = to.querySelector('input[name="slotId"]');
        first.checked = true;
        first.focus();
        first.dispatchEvent(new Event('change', { bubbles: true }));
      });
    });
  });
}());
