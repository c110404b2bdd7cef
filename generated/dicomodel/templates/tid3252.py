"""TID 3252 IVUS Lesion.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3107, tid3253, tid3254, tid3819

__all__ = [
    "TEMPLATE",
    "IVUSLesion",
    "IVUSLesionLesionIdentifier",
    "IVUSLesionLesionIdentifierFindingSite",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3252",
    name="IVUS Lesion",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("SCT", "300577008", "Lesion Finding"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "121151", "Lesion Identifier"),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3604"),),
        ),
        RowDef(
            key="4",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical modifier"),
            values=(("cid", "D", "3019"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            include="3107",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="3253",
            condition="One or both of Rows 6 & 7 must be present",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "6"), ("row_present", "7"))),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="3254",
            condition="One or both of Rows 6 & 7 must be present",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "6"), ("row_present", "7"))),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3819",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class IVUSLesion(TemplatePart):
    """TID 3252 IVUS Lesion."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    lesion_identifier: IVUSLesionLesionIdentifier = field(metadata={"row": "2"})
    """Row 2: TEXT EV (121151, DCM, \"Lesion Identifier\"), VM 1, M"""

    device_used: list[tid3107.DeviceUsed] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 3107, VM 1-n, U"""

    ivus_measurements: tid3253.IVUSMeasurements | None = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 3253, VM 1, MC: One or both of Rows 6 & 7 must be present"""

    ivus_qualitative_assessments: tid3254.IVUSQualitativeAssessments | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3254, VM 1, MC: One or both of Rows 6 & 7 must be present"""

    common_findings: list[tid3819.CommonFindings] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3819, VM 1-n, U"""


@dataclass(kw_only=True)
class IVUSLesionLesionIdentifier(TemplatePart):
    """Row 2 of TID 3252."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: str
    """The value of row 2 (TEXT)."""

    finding_site: list[IVUSLesionLesionIdentifierFindingSite] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (363698007, SCT, \"Finding Site\"), VM 1-n, U; values DCID 3604"""


@dataclass(kw_only=True)
class IVUSLesionLesionIdentifierFindingSite(TemplatePart):
    """Row 3 of TID 3252."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid3604Code
    """The value of row 3 (CODE)."""

    topographical_modifier: groups.Cid3019Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (106233006, SCT, \"Topographical modifier\"), VM 1, U; values DCID 3019"""
