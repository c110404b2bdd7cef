"""TID 3210 Radial Based Wall Motion.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "RadialBasedWallMotion",
    "RadialBasedWallMotionAnalysisPerformed",
    "RadialBasedWallMotionFindings",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3210",
    name="Radial Based Wall Motion",
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
            values=(("code", "EV", "122493", "DCM", "Radial Based Wall Motion Analysis"),),
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
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "D", "3718"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (
                        (
                            "code",
                            "EV",
                            "122495",
                            "DCM",
                            "Regional Contribution to Ejection Fraction",
                        ),
                    ),
                ),
                ("$Units", (("code", "DT", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "122496", "DCM", "Radial Shortening"),)),
                ("$Units", (("code", "DT", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(key="8", nesting=1, value_type="IMAGE", requirement="U", relationship="CONTAINS"),
    ),
)


@dataclass(kw_only=True)
class RadialBasedWallMotion(TemplatePart):
    """TID 3210 Radial Based Wall Motion."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    analysis_performed: RadialBasedWallMotionAnalysisPerformed = field(metadata={"row": "2"})
    """Row 2: CODE EV (111004, DCM, \"Analysis Performed\"), VM 1, M; values EV (122493, DCM, \"Radial Based Wall Motion Analysis\")"""

    findings: list[RadialBasedWallMotionFindings] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CONTAINER EV (59776-5, LN, \"Findings\"), VM 1-n, M"""

    image_8: Reference | None = field(default=None, metadata={"row": "8"})
    """Row 8: IMAGE -, VM 1, U"""


@dataclass(kw_only=True)
class RadialBasedWallMotionAnalysisPerformed(TemplatePart):
    """Row 2 of TID 3210."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Code
    """The value of row 2 (CODE)."""

    contour_realignment: groups.Cid3458Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (122410, DCM, \"Contour Realignment\"), VM 1, M; values DCID 3458"""


@dataclass(kw_only=True)
class RadialBasedWallMotionFindings(TemplatePart):
    """Row 4 of TID 3210."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    finding_site: groups.Cid3718Code = field(metadata={"row": "5"})
    """Row 5: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DCID 3718"""

    measurement: tid300.Measurement = field(metadata={"row": "6"})
    """Row 6: INCLUDE DTID 300, VM 1, M"""

    measurement_row_7: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 300, VM 1-n, U"""
