import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: '@storybook/web-components-vite',
  // Local images only: stories load nothing from a third party, as the widgets never do.
  staticDirs: [{ from: '../stories/assets', to: '/assets' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
