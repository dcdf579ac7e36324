// Pressing "/" anywhere but in a text field focuses the header search box, as on most search sites.
document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest("input, textarea, select, [contenteditable]")) return;
  const box = document.querySelector<HTMLInputElement>("#q") ?? document.querySelector<HTMLInputElement>("#site-q");
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
