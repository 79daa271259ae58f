// Loads the sample post into the textarea; "Reset" brings it back.
const textarea = document.getElementById('post');
async function load() {
  textarea.value = await (await fetch('./sample-post.md', { cache: 'no-store' })).text();
}
document.getElementById('reset').addEventListener('click', load);
load();
