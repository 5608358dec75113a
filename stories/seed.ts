/**
 * Campaign content for stories and the demo, from Amnesty International's article
 * "Up to one million detained in China's mass 're-education' drive" (2018). Figures and quotes are attributed to it.
 */
export const SOURCE = 'Amnesty International, 2018';
export const SOURCE_HREF = 'https://www.amnesty.org/';
