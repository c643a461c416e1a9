import type { ComponentProps, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { NetworkCanvas as Canvas } from './NetworkCanvas.js';

type CanvasProps = ComponentProps<typeof Canvas>;

/**
 * The network picture, loaded when first shown: Cytoscape.js is most of the explorer's
 * weight, and only this page draws with it. Until it arrives, the lists beside it work.
 */
export function LazyNetworkCanvas(props: CanvasProps) {
  const [loaded, setLoaded] = useState<FunctionComponent<CanvasProps> | null>(null);
  useEffect(() => {
    let live = true;
    void import('./NetworkCanvas.js').then((module) => {
      if (live) setLoaded(() => module.NetworkCanvas);
    });
    return () => {
      live = false;
    };
  }, []);
  const Loaded = loaded;
  return Loaded ? <Loaded {...props} /> : <div class="network-canvas" data-testid="network-canvas-loading" />;
}
