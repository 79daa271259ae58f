import { describeEditor } from './support/editor-suite';

describeEditor('codemirror5', 'cm5.html');
