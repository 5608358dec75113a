/**
 * Campaign content for stories and the demo, from Amnesty International's article
 * "Up to one million detained in China's mass 're-education' drive" (2018). Figures and quotes are attributed to it.
 */
export const SOURCE = 'Amnesty International, 2018';
export const SOURCE_HREF = 'https://www.amnesty.org/';

/** Testimonies quoted in the article, as published (English). */
export const GULZIRE = {
  name: 'Gulzire',
  relation: 'Sister of a missing Uighur PhD student',
  quote:
    'It makes me cry to watch from afar what is happening to the Uighur people. Every day, I dream of our beautiful hometown and my beautiful family members.',
  /** An illustrative Uyghur rendering made for these stories, not a published original. */
  quoteInUyghur:
    'ئۇيغۇرلارنىڭ بېشىغا كېلىۋاتقان ئىشلارنى يىراقتىن كۆرۈپ يىغلايمەن. ھەر كۈنى گۈزەل يۇرتۇمنى ۋە گۈزەل ئائىلە ئەزالىرىمنى چۈشەيمەن.',
};

export const BOTA = {
  name: 'Bota Kussaiyn',
  relation: 'Daughter of Kussaiyn Sagymbai, detained in a “re-education camp”',
  quote:
    'My father is an ordinary citizen. We were a happy family before he was detained. We laughed together. We can’t laugh any more, and we can’t sleep at night. We live in fear every day. I want to see my father again.',
};

/** Reported by Amnesty in the third person: shown as reported, never as his own words. */
export const KAIRAT = {
  name: 'Kairat Samarkan',
  relation: 'Held in a detention camp from October 2017, as reported by Amnesty International',
  account:
    'He was hooded, made to wear shackles on his arms and legs and was forced to stand in a fixed position for 12 hours when first detained. His treatment drove him to attempt suicide just before his release.',
};

/** A neutral local placeholder: no photo of these people is published with the article. */
export const SILHOUETTE = '/assets/silhouette.svg';
