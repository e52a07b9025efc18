// A search box that narrows a long list of tick boxes (`data-filter-list="#list"`): labels that
// do not match are hidden, never unticked, so a filter cannot lose a choice already made.
(() => {
  const filterOf = (target) =>
    target instanceof HTMLInputElement && target.dataset.filterList ? target : null;

  document.addEventListener("input", (event) => {
    const input = filterOf(event.target);
    const list = input && document.querySelector(input.dataset.filterList);
    if (!list) return;
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    for (const label of list.querySelectorAll("label")) {
      const text = label.textContent.toLowerCase();
      label.hidden = !words.every((word) => text.includes(word));
    }
  });

  // Enter in the filter would send the form: keep it for typing.
  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && filterOf(event.target)) event.preventDefault();
  });
})();
