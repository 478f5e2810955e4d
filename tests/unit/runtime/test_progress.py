"""The progress line: rewritten in place on a terminal, a line every few seconds elsewhere."""

from __future__ import annotations

import io

from newswire_runtime.progress import ProgressLine


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_pipe_gets_a_line_every_interval_and_the_final_state() -> None:
    stream, clock = io.StringIO(), _Clock()
    line = ProgressLine(stream, tty=False, every=5.0, clock=clock)
    for second in range(12):
        clock.now = float(second)
        line.update(f"sent {second}")
    line.finish()
    assert stream.getvalue().splitlines() == ["sent 0", "sent 5", "sent 10", "sent 11"]


def test_a_terminal_gets_one_line_rewritten_in_place() -> None:
    stream, clock = io.StringIO(), _Clock()
    line = ProgressLine(stream, tty=True, clock=clock)
    line.update("sent 10 of 20")
    clock.now = 0.05
    line.update("sent 11 of 20")  # within 0.1 s: not drawn
    clock.now = 0.2
    line.update("sent 20")
    line.finish("done")
    assert stream.getvalue() == "\rsent 10 of 20\rsent 20      \rdone   \n"


def test_nothing_shown_means_nothing_written() -> None:
    stream = io.StringIO()
    ProgressLine(stream, tty=True).finish()
    assert stream.getvalue() == ""
