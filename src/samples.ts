/**
 * The sample article the page opens by default (public/samples/) and the path, under public/data/, of
 * the story `npm run geo` prebuilds from each sample (geo/samples/build.ts). Shared by the build and the
 * page so that the two cannot drift apart.
 */
export const SAMPLE_ARTICLE = 'lavrov-kim-wonsan.pt.txt';

export const sampleStoryPath = (sampleFile: string): string => `samples/${sampleFile.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')}.story.json`;
