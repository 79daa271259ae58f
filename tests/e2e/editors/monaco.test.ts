import { describeEditor } from './support/editor-suite';

describeEditor('monaco', 'monaco.html');
