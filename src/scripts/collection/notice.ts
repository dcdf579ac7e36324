// A message about the collection on any page: made only when there is something to say, so pages carry no empty live region.
let box: HTMLElement | null = null;

export function showNotice(text: string): void {
  if (!box) {
    box = document.createElement("p");
    box.className = "collect-notice";
    box.setAttribute("role", "alert");
    document.body.append(box);
  }
  box.textContent = text;
}
