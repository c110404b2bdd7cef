"""TID 15306 Patient Setup Alignment Device Parameters.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "PatientSetupAlignmentDeviceParameters",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15306",
    name="Patient Setup Alignment Device Parameters",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130657", "Couch Index Label"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="COMPOSITE",
            requirement="U",
            concept=Code("DCM", "130662", "Referenced Patient Alignment Reference"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "130666", "Radiotherapy Fiducial"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "7112"),),
        ),
    ),
)


@dataclass(kw_only=True)
class PatientSetupAlignmentDeviceParameters(TemplatePart):
    """TID 15306 Patient Setup Alignment Device Parameters."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    couch_index_label: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: TEXT EV (130657, DCM, \"Couch Index Label\"), VM 1, U"""

    referenced_patient_alignment_reference: list[Reference] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: COMPOSITE EV (130662, DCM, \"Referenced Patient Alignment Reference\"), VM 1-n, U"""

    radiotherapy_fiducial: list[groups.Cid7112Code | Code] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (130666, DCM, \"Radiotherapy Fiducial\"), VM 1-n, U; values BCID 7112"""
