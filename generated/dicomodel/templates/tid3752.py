"""TID 3752 Waveform Measurement.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid321, tid1001, tid4019

__all__ = [
    "TEMPLATE",
    "WaveformMeasurement",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3752",
    name="Waveform Measurement",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept_ref=("parameter", "$Measurement"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130875", "Waveform Annotation Modifier"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="4019",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            include="321",
            vm_min=1,
            vm_max=None,
            bindings=(("$Purpose", (("code", "EV", "121112", "DCM", "Source of Measurement"),)),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "125309", "Short Label"),
        ),
    ),
)


@dataclass(kw_only=True)
class WaveformMeasurement(TemplatePart):
    """TID 3752 Waveform Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    value: Num
    """The value of row 1 (NUM)."""

    waveform_annotation_modifier: list[Code] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CODE EV (130875, DCM, \"Waveform Annotation Modifier\"), VM 1-n, U"""

    observation_context: tid1001.ObservationContext | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1001, VM 1, U"""

    algorithm_identification: tid4019.AlgorithmIdentification | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 4019, VM 1, U"""

    waveform_or_temporal_coordinates: list[tid321.WaveformOrTemporalCoordinates] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 321, VM 1-n, M"""

    short_label: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (125309, DCM, \"Short Label\"), VM 1, U"""
