"""TID 3250 IVUS Report.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1002, tid1204, tid3251, tid3601, tid3602

__all__ = [
    "TEMPLATE",
    "IVUSReport",
    "IVUSReportImageLibrary",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3250",
    name="IVUS Report",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122325", "IVUS Report"),
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
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(key="4", nesting=1, value_type="INCLUDE", requirement="U", include="3601"),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3602",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111028", "Image Library"),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3251",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class IVUSReport(TemplatePart):
    """TID 3250 IVUS Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1204, VM 1, M"""

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1002, VM 1-n, U"""

    procedure_context: tid3601.ProcedureContext | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 3601, VM 1, U"""

    cardiovascular_patient_characteristics: tid3602.CardiovascularPatientCharacteristics | None = (
        field(default=None, metadata={"row": "5"})
    )
    """Row 5: INCLUDE DTID 3602, VM 1, U"""

    image_library: IVUSReportImageLibrary | None = field(default=None, metadata={"row": "6"})
    """Row 6: CONTAINER EV (111028, DCM, \"Image Library\"), VM 1, U"""

    ivus_vessel: list[tid3251.IVUSVessel] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: INCLUDE DTID 3251, VM 1-n, M"""


@dataclass(kw_only=True)
class IVUSReportImageLibrary(TemplatePart):
    """Row 6 of TID 3250."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    image_7: list[Reference] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: IMAGE -, VM 1-n, U"""
