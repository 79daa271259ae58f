// yoastseo's "types" folder is not published in 3.6.0; the bench types what it uses itself (bench/yoast.ts).
declare module 'yoastseo';
declare module 'yoastseo/build/languageProcessing/languages/en/Researcher.js';
declare module 'yoastseo/build/languageProcessing/languages/ja/Researcher.js';
