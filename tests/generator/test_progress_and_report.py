"""What ``generate`` shows: phases (live on a terminal, a line each in a log) and the
report grouped by kind, the whole of it in a file."""

from __future__ import annotations

import io
from pathlib import Path

from generator.commands.progress import Phases
from generator.commands.report_summary import group, kind_of, summary, write_report

# Real lines of the 2024c + Sup 243 build report.
LINES = [
    "PS3.3 2024c table_C.2-1 (Patient Relationship): no Type column; attributes kept without "
    "a type (types of normalized IODs are given by PS3.4)",
    "PS3.3 2024c table_C.2-2 (Patient Identification): no Type column; attributes kept "
    "without a type (types of normalized IODs are given by PS3.4)",
    "CID 501: keyword 'Axial' names (SCT, 24422004), (SCT, 399061009)",
    "CID 218: keyword 'R2' names (DCM, 126394), (DCM, 126395)",
    "PS3.3 2024c table_C.8-79: (300A,012C) Isocenter Position appears twice at one level "
    "(from table_C.8-83 and from table_C.36.2.4.12-1)",
    "CID 218: keyword 'R2' names (DCM, 126394), (DCM, 126395)",
]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_log_gets_one_line_per_phase() -> None:
    stream = io.StringIO()
    phases = Phases(stream)
    assert not phases.live
    with phases.phase("read", "PS3.3") as phase:
        phase.update("PS3.3, PS3.4 (chunked HTML 2024c)")
    with phases.phase("IR", "parse"):
        pass
    lines = stream.getvalue().splitlines()
    assert [line.split(" in ")[0] for line in lines] == [
        "read: PS3.3, PS3.4 (chunked HTML 2024c)",
        "IR: parse",
    ]
    assert all(line.endswith(" s") for line in lines)


def test_a_phase_that_fails_says_so() -> None:
    stream = io.StringIO()
    try:
        with Phases(stream).phase("read", "PS3.4"):
            raise ValueError("damaged")
    except ValueError:
        pass
    assert stream.getvalue().startswith("read: PS3.4 stopped after ")


def test_a_terminal_sees_the_phase_at_once_and_in_place() -> None:
    stream = _Terminal()
    phases = Phases(stream)
    assert phases.live
    with phases.phase("read", "PS3.3"):
        assert stream.getvalue().startswith("\rread: PS3.3 ... 0 s"), "shown before it ends"
    text = stream.getvalue()
    assert text.endswith("\n")
    assert text.count("\n") == 1
    assert "\rread: PS3.3 in " in text


def test_lines_that_differ_only_in_names_are_one_kind() -> None:
    assert kind_of(LINES[0]) == kind_of(LINES[1])
    assert (
        kind_of(LINES[2]) == kind_of(LINES[3]) == ("CID <n>: keyword <name> names <code>, <code>")
    )
    kinds = group(LINES)
    assert [(kind.count, kind.example) for kind in kinds] == [
        (3, LINES[2]),
        (2, LINES[0]),
        (1, LINES[4]),
    ]


def test_the_summary_fits_and_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    many = [
        f"PS3.16 2024c sect_CID_{n} table_CID_{n} row {n}: kind {chr(65 + n % 20)}"
        for n in range(500)
    ]
    lines = summary(many, path, shown=8)
    assert lines[0] == "report: 500 notes (500 distinct) of 20 kinds; most frequent:"
    assert len(lines) == 1 + 8 + 1 + 1
    assert lines[-2] == "    300 x ... 12 other kinds"
    assert lines[-1] == f"full report: {path}"
    write_report(LINES, path)
    written = path.read_text(encoding="utf-8").splitlines()
    assert len(written) == 5
    assert written[3] == "CID 218: keyword 'R2' names (DCM, 126394), (DCM, 126395)  [x2]"
