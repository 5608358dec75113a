import type { ReactiveController, ReactiveControllerHost } from 'lit';

// Asked on first use: a server has no matchMedia.
let reducedMotion: MediaQueryList | undefined;

/** Decimal places of a number, so every frame of a tween is rounded as its target is. */
function decimalsOf(value: number): number {
  return Number.isInteger(value) ? 0 : (String(value).split('.')[1]?.length ?? 0);
}

/**
 * Tweens a displayed number towards a target, one frame at a time, easing out.
 * Under `prefers-reduced-motion: reduce` it jumps straight to the target.
 */
export class CountUpController implements ReactiveController {
  /** The number to show in this frame; `undefined` until a target is set. */
  value?: number;
  private target?: number;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly durationMs = 1200,
  ) {
    host.addController(this);
  }

  /** Shows `target` at once. */
  jumpTo(target: number | undefined): void {
    this.stop();
    this.value = this.target = target;
    this.host.requestUpdate();
  }

  /** Counts from `from` to `target`. */
  animate(from: number, target: number): void {
    reducedMotion ??= matchMedia('(prefers-reduced-motion: reduce)');
    if (reducedMotion.matches || from === target) {
      this.jumpTo(target);
      return;
    }
    this.stop();
    this.target = target;
    const decimals = decimalsOf(target);
    const start = performance.now();
    const step = (now: number) => {
      // A frame's time is when the frame began, which may be before `start`: never count from below `from`.
      const progress = Math.min(1, Math.max(0, (now - start) / this.durationMs));
      const eased = 1 - (1 - progress) ** 3;
      this.value = Number((from + (target - from) * eased).toFixed(decimals));
      this.host.requestUpdate();
      if (progress < 1) this.frame = requestAnimationFrame(step);
    };
    step(start);
  }

  /** Cancels the frame in flight, if any (only a browser ever has one). */
  private stop(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  hostDisconnected(): void {
    // A widget removed mid-tween comes back showing its target, not a stale frame.
    this.jumpTo(this.target);
  }
}
