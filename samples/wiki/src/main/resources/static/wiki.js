// JCherry Wiki: warns before leaving an editor with unsaved text.
document.addEventListener("DOMContentLoaded", () => {
  const editor = document.querySelector("form.editor");
  if (!editor) return;
  let dirty = false;
  editor.addEventListener("input", () => { dirty = true; });
  editor.addEventListener("submit", () => { dirty = false; });
  window.addEventListener("beforeunload", (e) => { if (dirty) { e.preventDefault(); } });
});
