// Result page: a button that opens the browser's print dialog (print or save as PDF); without script the page
// says how to do it from the browser's menu, and the print styles apply either way.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('print-result');
    if (!button) { return; }
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
}());
