"""TID 321 Waveform or Temporal Coordinates.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import Named, TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "WaveformOrTemporalCoordinates",
    "WaveformOrTemporalCoordinatesPurposeRow3",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="321",
    name="Waveform or Temporal Coordinates",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="WAVEFORM",
            requirement="MC",
            relationship="INFERRED FROM",
            concept_ref=("parameter", "$Purpose"),
            condition="XOR Rows 2, 3",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "2"), ("row_present", "3"))),
            forbidden_if=("or", ("row_present", "2"), ("row_present", "3")),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="WAVEFORM",
            requirement="MC",
            relationship="INFERRED FROM",
            by_reference=True,
            condition="XOR Rows 1, 3",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "1"), ("row_present", "3"))),
            forbidden_if=("or", ("row_present", "1"), ("row_present", "3")),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TCOORD",
            requirement="MC",
            relationship="INFERRED FROM",
            concept_ref=("parameter", "$Purpose"),
            condition="XOR Rows 1, 2",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "1"), ("row_present", "2"))),
            forbidden_if=("or", ("row_present", "1"), ("row_present", "2")),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="WAVEFORM",
            requirement="MC",
            relationship="SELECTED FROM",
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="WAVEFORM",
            requirement="MC",
            relationship="SELECTED FROM",
            by_reference=True,
            condition="XOR Row 4",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
            forbidden_if=("row_present", "4"),
        ),
    ),
)


@dataclass(kw_only=True)
class WaveformOrTemporalCoordinates(TemplatePart):
    """TID 321 Waveform or Temporal Coordinates."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    purpose: Named[Reference] | None = field(default=None, metadata={"row": "1"})
    """Row 1: WAVEFORM $Purpose, VM 1, MC: XOR Rows 2, 3"""

    waveform_2: Reference | None = field(default=None, metadata={"row": "2"})
    """Row 2: WAVEFORM -, VM 1, MC: XOR Rows 1, 3"""

    purpose_row_3: WaveformOrTemporalCoordinatesPurposeRow3 | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: TCOORD $Purpose, VM 1, MC: XOR Rows 1, 2"""


@dataclass(kw_only=True)
class WaveformOrTemporalCoordinatesPurposeRow3(TemplatePart):
    """Row 3 of TID 321."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    concept: Code
    """The concept name of row 3."""

    waveform_4: Reference | None = field(default=None, metadata={"row": "4"})
    """Row 4: WAVEFORM -, VM 1, MC: XOR Row 5"""

    waveform_5: Reference | None = field(default=None, metadata={"row": "5"})
    """Row 5: WAVEFORM -, VM 1, MC: XOR Row 4"""
