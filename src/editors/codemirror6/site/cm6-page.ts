/*
 * Test host page for CodeMirror 6, built from the real @codemirror packages. (The `codemirror`
 * package installed here, 6.65.x, is a CodeMirror 5 build, so the setup is assembled by hand.)
 */
import { EditorView, keymap, lineNumbers, drawSelection } from '@codemirror/view';
import { EditorState } from '@codemirror/state';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';

const w = window as unknown as Record<string, unknown> & { POST: string; hostChanges: number };
const readOnly = new URLSearchParams(location.search).has('readonly');
w.hostChanges = 0;

const extensions = () => [
      lineNumbers(),
      drawSelection(),
      history(),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      markdown(),
      EditorState.readOnly.of(readOnly),
      // The host app's own change handler (what e.g. GitHub uses to mark the file dirty).
      EditorView.updateListener.of((update) => {
        if (update.docChanged) w.hostChanges++;
      }),
    ];
const parent = document.getElementById('editor')!;
let view = new EditorView({ parent, state: EditorState.create({ doc: w.POST, extensions: extensions() }) });

// What a host does when it opens another file, closes the editor, or opens a new one.
w.openOtherFile = (text: string) => view.setState(EditorState.create({ doc: text, extensions: extensions() }));
w.closeEditor = () => view.destroy();
w.openEditor = (text: string) => {
  view = new EditorView({ parent, state: EditorState.create({ doc: text, extensions: extensions() }) });
};

w.editorSelection = () => [view.state.selection.main.anchor, view.state.selection.main.head];
w.setEditorSelection = (anchor: number, head: number) => {
  view.dispatch({ selection: { anchor, head }, scrollIntoView: true });
  view.focus();
};
w.editorText = () => view.state.doc.toString();
w.renderedText = () => view.contentDOM.textContent;
w.renderedLines = () => document.querySelectorAll('.cm-line').length;
w.editorReady = true;
