"""TID 2100 Macular Grid Thickness and Volume Report.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1001, tid1204, tid2101

__all__ = [
    "TEMPLATE",
    "MacularGridThicknessAndVolumeReport",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="2100",
    name="Macular Grid Thickness and Volume Report",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111690", "Macular Grid Thickness and Volume Report"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="2101",
            condition="IF Row 5 is absent.",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            bindings=(("$Laterality", (("code", "EV", "24028007", "SCT", "Right"),)),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="2101",
            condition="IF Row 4 is absent.",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
            bindings=(("$Laterality", (("code", "EV", "7771000", "SCT", "Left"),)),),
        ),
    ),
)


@dataclass(kw_only=True)
class MacularGridThicknessAndVolumeReport(TemplatePart):
    """TID 2100 Macular Grid Thickness and Volume Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1204, VM 1, M"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1001, VM 1, M"""

    macular_grid_thickness_and_volume_measurement: (
        tid2101.MacularGridThicknessAndVolumeMeasurement | None
    ) = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 2101, VM 1, MC: IF Row 5 is absent."""

    macular_grid_thickness_and_volume_measurement_row_5: (
        tid2101.MacularGridThicknessAndVolumeMeasurement | None
    ) = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 2101, VM 1, MC: IF Row 4 is absent."""
