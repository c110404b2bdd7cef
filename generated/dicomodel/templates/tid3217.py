"""TID 3217 Sub-segmental Data.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3218, tid3219

__all__ = [
    "TEMPLATE",
    "SubSegmentalData",
    "SubSegmentalDataFindingSite",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3217",
    name="Sub-segmental Data",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "D", "3604"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical modifier"),
            values=(("cid", "D", "3019"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122554", "Segmentation Method"),
            values=(("cid", "D", "3456"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3219",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3218",
        ),
        RowDef(key="7", nesting=1, value_type="IMAGE", requirement="U", relationship="CONTAINS"),
    ),
)


@dataclass(kw_only=True)
class SubSegmentalData(TemplatePart):
    """TID 3217 Sub-segmental Data."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: SubSegmentalDataFindingSite = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DCID 3604"""

    segmentation_method: groups.Cid3456Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (122554, DCM, \"Segmentation Method\"), VM 1, M; values DCID 3456"""

    segment_values: tid3219.SegmentValues | None = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 3219, VM 1, U"""

    position_in_arterial_segment: tid3218.PositionInArterialSegment = field(metadata={"row": "6"})
    """Row 6: INCLUDE DTID 3218, VM 1, M"""

    image_7: Reference | None = field(default=None, metadata={"row": "7"})
    """Row 7: IMAGE -, VM 1, U"""


@dataclass(kw_only=True)
class SubSegmentalDataFindingSite(TemplatePart):
    """Row 2 of TID 3217."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: groups.Cid3604Code
    """The value of row 2 (CODE)."""

    topographical_modifier: groups.Cid3019Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (106233006, SCT, \"Topographical modifier\"), VM 1, U; values DCID 3019"""
