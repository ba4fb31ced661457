// Shows a conditional question only while the earlier answer it depends on matches. Without
// JavaScript every question shows, with a hint saying when to answer it; the server drops answers
// to questions whose condition is not met either way.
(function () {
  var dependents = document.querySelectorAll('[data-shown-when]');
  if (!dependents.length) {
    return;
  }
  function chosen(name) {
    var values = [];
    document.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
      if (input.checked) {
        values.push(input.value);
      }
    });
    return values;
  }
  function update() {
    dependents.forEach(function (group) {
      var any = group.getAttribute('data-shown-any').split('|');
      var shown = chosen(group.getAttribute('data-shown-when')).some(function (v) { return any.indexOf(v) >= 0; });
      group.hidden = !shown;
    });
  }
  document.addEventListener('change', update);
  update();
})();
