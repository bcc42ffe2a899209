package org.jcherry.app;

import org.jcherry.http.PipelineAccess;

/** The pipeline's hold on requests: this package sets their plan, stage and mount through it. */
final class Pipeline {
  private Pipeline() {}

  /** Claimed when this package first serves or mounts, before any handler can run. */
  static final PipelineAccess ACCESS = PipelineAccess.claim();
}
