// Questionnaire enhancements; the form works without them. Shows a question only when its display condition
// (data-show-when / data-show-in / data-show-not-in, from the instrument) holds for the answer on this page,
// and moves focus to the error summary after a failed submit so that it is read out first.
(function () {
  'use strict';

  function answerOf(form, name) {
    var checked = form.querySelector('input[name="' + name + '"]:checked');
    if (checked) { return checked.value; }
    var field = form.querySelector('select[name="' + name + '"], input[type="text"][name="' + name + '"]');
    return field ? field.value : null;
  }

  function update(form) {
    form.querySelectorAll('[data-show-when]').forEach(function (field) {
      var name = field.getAttribute('data-show-when');
      if (!form.querySelector('[name="' + name + '"]')) { return; } // decided on another page: the server knew
      var value = answerOf(form, name);
      var shown = true;
      if (field.hasAttribute('data-show-in')) {
        shown = !!value && field.getAttribute('data-show-in').split(' ').indexOf(value) >= 0;
      }
      if (shown && field.hasAttribute('data-show-not-in') && value) {
        shown = field.getAttribute('data-show-not-in').split(' ').indexOf(value) < 0;
      }
      field.hidden = !shown;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[action^="/screening/"]');
    if (form) {
      update(form);
      form.addEventListener('change', function () { update(form); });
    }
    var errors = document.getElementById('errors');
    if (errors) { errors.focus(); }
  });
}());
