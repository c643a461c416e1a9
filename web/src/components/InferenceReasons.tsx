import { useView } from '../app/view.js';

/**
 * Why the graph concludes what its quotes do not state outright. The reasons are shown
 * as the analyst recorded them: in the view's language where the fact file gives a reason in
 * German and English, otherwise as written.
 */
export function InferenceReasons({ reasons }: { reasons: string[] }) {
  const view = useView();
  if (reasons.length === 0) return null;
  return (
    <section class="citation-inferences" data-testid="inferences">
      <h3>{view.t('inferenceHeading')}</h3>
      <p class="citation-inferences__note">{view.t('inferenceAsRecorded')}</p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </section>
  );
}
