"""TID 3209 Centerline Wall Motion.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "CenterlineWallMotion",
    "CenterlineWallMotionAnalysisPerformed",
    "CenterlineWallMotionAbnormalRegion",
    "CenterlineWallMotionRegionalAbnormalWallMotion",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3209",
    name="Centerline Wall Motion",
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
            concept=Code("DCM", "111004", "Analysis Performed"),
            values=(("code", "EV", "122449", "DCM", "Centerline Wall Motion Analysis"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122410", "Contour Realignment"),
            values=(("cid", "D", "3458"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            vm_min=100,
            vm_max=100,
            bindings=(
                ("$Measurement", (("code", "EV", "122450", "DCM", "Normalized Chord Length"),)),
                ("$Units", (("code", "DT", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122411", "Threshold Value"),
            units=(("code", "EV", "{sd}", "UCUM", "Standard Deviations"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122451", "Abnormal Region"),
            vm_min=1,
            vm_max=6,
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "60797005", "Cardiac Wall Motion"),
            values=(("cid", "D", "3703"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "255593009", "Circumferential Extent"),
            values=(("cid", "D", "3460"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122452", "First Chord of Abnormal Region"),
            units=(("code", "DT", "1", "UCUM", "no unit"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122453", "Last Chord of Abnormal Region"),
            units=(("code", "DT", "1", "UCUM", "no unit"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122417", "Regional Abnormal Wall Motion"),
            vm_min=1,
            vm_max=4,
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "D", "3461"),),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122459", "DCM", "Territory Region Severity"),)),
                ("$ModType", (("code", "EV", "60797005", "SCT", "Cardiac Wall Motion"),)),
                ("$ModValue", (("cid", "D", "3703"),)),
                ("$Units", (("code", "DT", "{sd}", "UCUM", "Standard Deviations"),)),
            ),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122461", "DCM", "Opposite Region Severity"),)),
                ("$ModType", (("code", "EV", "60797005", "SCT", "Cardiac Wall Motion"),)),
                ("$ModValue", (("cid", "D", "3703"),)),
                ("$Units", (("code", "DT", "{sd}", "UCUM", "Standard Deviations"),)),
            ),
        ),
        RowDef(key="15", nesting=1, value_type="IMAGE", requirement="U", relationship="CONTAINS"),
    ),
)


@dataclass(kw_only=True)
class CenterlineWallMotion(TemplatePart):
    """TID 3209 Centerline Wall Motion."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    analysis_performed: CenterlineWallMotionAnalysisPerformed = field(metadata={"row": "2"})
    """Row 2: CODE EV (111004, DCM, \"Analysis Performed\"), VM 1, M; values EV (122449, DCM, \"Centerline Wall Motion Analysis\")"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 100, M"""

    threshold_value: Num = field(metadata={"row": "5"})
    """Row 5: NUM EV (122411, DCM, \"Threshold Value\"), VM 1, M; units EV ({sd}, UCUM, \"Standard Deviations\")"""

    abnormal_region: list[CenterlineWallMotionAbnormalRegion] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: CONTAINER EV (122451, DCM, \"Abnormal Region\"), VM 1-6, U"""

    regional_abnormal_wall_motion: list[CenterlineWallMotionRegionalAbnormalWallMotion] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: CONTAINER EV (122417, DCM, \"Regional Abnormal Wall Motion\"), VM 1-4, U"""

    image_15: Reference | None = field(default=None, metadata={"row": "15"})
    """Row 15: IMAGE -, VM 1, U"""


@dataclass(kw_only=True)
class CenterlineWallMotionAnalysisPerformed(TemplatePart):
    """Row 2 of TID 3209."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Code
    """The value of row 2 (CODE)."""

    contour_realignment: groups.Cid3458Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (122410, DCM, \"Contour Realignment\"), VM 1, M; values DCID 3458"""


@dataclass(kw_only=True)
class CenterlineWallMotionAbnormalRegion(TemplatePart):
    """Row 6 of TID 3209."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    cardiac_wall_motion: groups.Cid3703Code = field(metadata={"row": "7"})
    """Row 7: CODE EV (60797005, SCT, \"Cardiac Wall Motion\"), VM 1, M; values DCID 3703"""

    circumferential_extent: groups.Cid3460Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (255593009, SCT, \"Circumferential Extent\"), VM 1, U; values DCID 3460"""

    first_chord_of_abnormal_region: Num = field(metadata={"row": "9"})
    """Row 9: NUM EV (122452, DCM, \"First Chord of Abnormal Region\"), VM 1, M; units DT (1, UCUM, \"no unit\")"""

    last_chord_of_abnormal_region: Num = field(metadata={"row": "10"})
    """Row 10: NUM EV (122453, DCM, \"Last Chord of Abnormal Region\"), VM 1, M; units DT (1, UCUM, \"no unit\")"""


@dataclass(kw_only=True)
class CenterlineWallMotionRegionalAbnormalWallMotion(TemplatePart):
    """Row 11 of TID 3209."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "11"

    finding_site: groups.Cid3461Code = field(metadata={"row": "12"})
    """Row 12: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DCID 3461"""

    measurement: tid300.Measurement = field(metadata={"row": "13"})
    """Row 13: INCLUDE DTID 300, VM 1, M"""

    measurement_row_14: tid300.Measurement = field(metadata={"row": "14"})
    """Row 14: INCLUDE DTID 300, VM 1, M"""
