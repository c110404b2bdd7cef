"""TID 3753 Annotation Note.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid321, tid1001, tid4019

__all__ = [
    "TEMPLATE",
    "AnnotationNote",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3753",
    name="Annotation Note",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="M",
            concept=Code("DCM", "130876", "Annotation Note"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="4019",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            include="321",
            vm_min=1,
            vm_max=None,
            bindings=(("$Purpose", (("code", "EV", "260753009", "SCT", "Source"),)),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "125309", "Short Label"),
        ),
    ),
)


@dataclass(kw_only=True)
class AnnotationNote(TemplatePart):
    """TID 3753 Annotation Note."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: str
    """The value of row 1 (TEXT)."""

    observation_context: tid1001.ObservationContext | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1001, VM 1, U"""

    algorithm_identification: tid4019.AlgorithmIdentification | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 4019, VM 1, U"""

    waveform_or_temporal_coordinates: list[tid321.WaveformOrTemporalCoordinates] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 321, VM 1-n, M"""

    short_label: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (125309, DCM, \"Short Label\"), VM 1, U"""
