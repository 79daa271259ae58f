import { describeEditor } from './support/editor-suite';

describeEditor('codemirror6', 'cm6.html');
