"""TID 5303 Adhoc Measurement.

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
    from dicomodel.templates import tid320, tid321

__all__ = [
    "TEMPLATE",
    "AdhocMeasurement",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5303",
    name="Adhoc Measurement",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept_ref=("parameter", "$Property"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            include="320",
            vm_min=1,
            vm_max=None,
            bindings=(("$Purpose", (("code", "EV", "121112", "DCM", "Source of measurement"),)),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            include="321",
            vm_min=1,
            vm_max=None,
            bindings=(("$Purpose", (("code", "EV", "121112", "DCM", "Source of measurement"),)),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "125309", "Short Label"),
        ),
    ),
)


@dataclass(kw_only=True)
class AdhocMeasurement(TemplatePart):
    """TID 5303 Adhoc Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    value: Num
    """The value of row 1 (NUM)."""

    image_or_spatial_coordinates: list[tid320.ImageOrSpatialCoordinates] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 320, VM 1-n, U"""

    waveform_or_temporal_coordinates: list[tid321.WaveformOrTemporalCoordinates] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 321, VM 1-n, U"""

    short_label: str = field(metadata={"row": "4"})
    """Row 4: TEXT EV (125309, DCM, \"Short Label\"), VM 1, M"""
