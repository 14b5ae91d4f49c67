import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';

// One manifest, generated from the classes' JSDoc, feeds the controls and the API tables.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    // The article's radar opens first, then the other charts, then the article page.
    options: { storySort: { order: ['Charts', ['Radar', 'Compass', 'Chord'], 'Article'] } },
    controls: { expanded: true },
    docs: { toc: true },
  },
  globalTypes: {
    theme: {
      description: 'Page theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr' },
  decorators: [
    // A global light/dark page and text direction, as a host page would set them.
    (story, context) => {
      const theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
      const dir = context.globals['dir'] === 'rtl' ? 'rtl' : 'ltr';
      document.documentElement.dataset['theme'] = theme;
      document.documentElement.dir = dir;
      document.body.style.setProperty('background', theme === 'dark' ? '#16161a' : '#ffffff');
      document.body.style.setProperty('color', theme === 'dark' ? '#ececf1' : '#1b1b1f');
      return story();
    },
  ],
};

export default preview;
