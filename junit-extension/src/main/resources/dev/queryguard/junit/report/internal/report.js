// Sorts the table of tests by the clicked column and expands a test when its row is clicked. A test is one
// <tbody> (its summary row and its detail row), so sorting moves both rows together.
(function () {
  'use strict';
  var table = document.getElementById('tests');
  if (!table) {
    return;
  }
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);

  function sortKey(body, index, numeric) {
    var cell = body.rows[0].cells[index];
    return numeric ? Number(cell.getAttribute('data-value')) : cell.textContent;
  }

  function sortBy(header) {
    var index = headers.indexOf(header);
    var numeric = header.getAttribute('data-sort') === 'number';
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    var bodies = Array.prototype.slice.call(table.tBodies);
    // Array.prototype.sort is stable: tests equal in this column keep their previous order.
    bodies.sort(function (a, b) {
      var x = sortKey(a, index, numeric);
      var y = sortKey(b, index, numeric);
      var order = numeric ? x - y : x.localeCompare(y);
      return ascending ? order : -order;
    });
    bodies.forEach(function (body) {
      table.appendChild(body);
    });
    headers.forEach(function (other) {
      other.removeAttribute('aria-sort');
    });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  function toggle(summary) {
    var detail = summary.nextElementSibling;
    var open = detail.hidden;
    detail.hidden = !open;
    summary.setAttribute('aria-expanded', String(open));
  }

  function activate(event, action) {
    if (event.type === 'click' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  }

  headers.forEach(function (header) {
    ['click', 'keydown'].forEach(function (type) {
      header.addEventListener(type, function (event) {
        activate(event, function () { sortBy(header); });
      });
    });
  });
  ['click', 'keydown'].forEach(function (type) {
    table.addEventListener(type, function (event) {
      var summary = event.target.closest('tr.summary');
      if (summary && summary.parentNode.parentNode === table) {
        activate(event, function () { toggle(summary); });
      }
    });
  });
}());
