// The progress of a job of adding sources (Pages/AddSource/Job.cshtml): polls its JSON status every second, shows
// each file's fate as text (never as HTML: names and reasons come from uploads), and opens the new source when the
// job added exactly one.
(function () {
  'use strict';
  var root = document.getElementById('job');
  if (!root) { return; }
  var url = root.getAttribute('data-status');
  var state = document.getElementById('job-state');
  var list = document.getElementById('job-files');
  var words = {
    waiting: 'Waiting for the writer…',
    fetching: 'Fetching the page…',
    ingesting: 'Reading and storing…',
    done: 'Done.',
    failed: 'Nothing was added.'
  };

  function show(status) {
    state.textContent = words[status.state] || status.state;
    var old = document.getElementById('job-error');
    if (old) { old.remove(); }
    if (status.error) {
      var error = document.createElement('p');
      error.id = 'job-error';
      error.className = 'form-error';
      error.setAttribute('role', 'alert');
      error.textContent = status.error;
      state.after(error);
    }
    list.replaceChildren();
    status.files.forEach(function (f) {
      var li = document.createElement('li');
      li.className = 'job-file status-' + f.status;
      var name = document.createElement('bdi');
      name.textContent = f.name;
      li.append(name, ': ' + f.status);
      if (f.link) {
        var a = document.createElement('a');
        a.href = f.link;
        a.textContent = 'open the source';
        li.append(' ', a);
      }
      if (f.reason) {
        var reason = document.createElement('span');
        reason.className = 'reason';
        reason.textContent = '(' + f.reason + ')';
        li.append(' ', reason);
      }
      list.append(li);
    });
  }

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) { throw new Error('status ' + r.status); }
        return r.json();
      })
      .then(function (status) {
        show(status);
        if (!status.finished) {
          setTimeout(poll, 1000);
        } else if (status.open && status.open.charAt(0) === '/' && status.open.charAt(1) !== '/') {
          window.location.assign(status.open);
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }

  poll();
}());
