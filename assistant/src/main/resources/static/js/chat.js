// Polku chat: with JavaScript on, messages go through the JSON API and replies arrive over server-sent events.
// The page works without this file (each message is a form post). The log is a role=log live region: each new
// message is added once, so a screen reader announces it once; focus stays in the text box.
(function () {
  'use strict';
  var root = document.getElementById('chat');
  if (!root || !window.EventSource || !window.fetch) {
    return;
  }
  var session = root.getAttribute('data-session');
  var api = '/api/chat/sessions/' + encodeURIComponent(session);
  var log = document.getElementById('chat-log');
  var replies = document.getElementById('chat-replies');
  var form = document.getElementById('chat-form');
  var input = document.getElementById('message');
  var setItems = (root.getAttribute('data-set-items') || '').split(' ');

  function paragraph(text) {
    var p = document.createElement('p');
    p.textContent = text;
    return p;
  }

  function addMessage(assistant, text, link) {
    var box = document.createElement('div');
    box.className = 'message ' + (assistant ? 'assistant' : 'resident');
    var speaker = document.createElement('span');
    speaker.className = 'speaker';
    speaker.textContent = root.getAttribute(assistant ? 'data-polku' : 'data-you');
    box.appendChild(speaker);
    text.split('\n').forEach(function (line) { box.appendChild(paragraph(line)); });
    if (link) {
      var a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.label;
      var p = document.createElement('p');
      p.appendChild(a);
      box.appendChild(p);
    }
    log.appendChild(box);
    box.scrollIntoView({block: 'nearest'});
  }

  function isCommand(choice) {
    return choice.value.indexOf('cmd:') === 0 || choice.value.indexOf('edit:') === 0;
  }

  function group(legendText, choices, checkboxes) {
    var groupForm = document.createElement('form');
    groupForm.className = 'quick-replies';
    var fieldset = document.createElement('fieldset');
    var legend = document.createElement('legend');
    legend.textContent = legendText;
    fieldset.appendChild(legend);
    choices.forEach(function (choice, index) {
      if (checkboxes) {
        var row = document.createElement('div');
        row.className = 'checkbox';
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.name = 'choice';
        box.value = choice.value;
        box.id = 'choice-' + index;
        var label = document.createElement('label');
        label.htmlFor = box.id;
        label.textContent = choice.label;
        row.appendChild(box);
        row.appendChild(label);
        fieldset.appendChild(row);
      } else {
        var button = document.createElement('button');
        button.type = 'submit';
        button.name = 'choice';
        button.value = choice.value;
        button.textContent = choice.label;
        fieldset.appendChild(button);
      }
    });
    if (checkboxes) {
      var send = document.createElement('button');
      send.type = 'submit';
      send.textContent = root.getAttribute('data-send-several');
      fieldset.appendChild(send);
    }
    groupForm.appendChild(fieldset);
    return groupForm;
  }

  function showChoices(message) {
    var answers = message.choices.filter(function (c) { return !isCommand(c); });
    var others = message.choices.filter(isCommand);
    var several = setItems.indexOf(message.item) >= 0;
    replies.textContent = '';
    if (answers.length) {
      replies.appendChild(group(root.getAttribute('data-answers'), answers, several));
    }
    if (others.length) {
      replies.appendChild(group(root.getAttribute('data-others'), others, false));
    }
  }

  function send(body, shown) {
    addMessage(false, shown, null);
    fetch(api + '/messages', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        window.location.reload();
      }
    }, function () {
      window.location.reload();
    });
  }

  var stream = new EventSource(api + '/stream');
  stream.addEventListener('message', function (event) {
    var message = JSON.parse(event.data);
    addMessage(true, message.text, message.link);
    if (message.item !== null || message.choices.length) {
      showChoices(message);
    }
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) {
      input.focus();
      return;
    }
    input.value = '';
    send({text: text}, text);
    input.focus();
  });

  replies.addEventListener('submit', function (event) {
    event.preventDefault();
    var submitter = event.submitter;
    var checked = event.target.querySelectorAll('input[type=checkbox]:checked');
    if (checked.length) {
      var values = [];
      var labels = [];
      checked.forEach(function (box) {
        values.push(box.value);
        labels.push(box.labels[0].textContent);
      });
      send({choice: values.join(',')}, labels.join(', '));
    } else if (submitter && submitter.value) {
      send({choice: submitter.value}, submitter.textContent);
    }
    input.focus();
  });
})();
