import type { TenureView } from '../graphql/types.js';

/** The German title as the source genders it, with the English one alongside. */
export function TenureTitle({ tenure }: { tenure: Pick<TenureView, 'titleDe' | 'titleEn'> }) {
  return (
    <span class="tenure-title">
      <span class="tenure-title__de" lang="de">
        {tenure.titleDe}
      </span>
      {tenure.titleEn !== tenure.titleDe && (
        <span class="tenure-title__en" lang="en">
          {tenure.titleEn}
        </span>
      )}
    </span>
  );
}
