"""TID 1605 Image Library Entry Descriptors for CT.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ImageLibraryEntryDescriptorsForCT",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1605",
    name="Image Library Entry Descriptors for CT",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "113820", "CT Acquisition Type"),
            values=(("cid", "D", "10013"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "113961", "Reconstruction Algorithm"),
            values=(("cid", "D", "10033"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ImageLibraryEntryDescriptorsForCT(TemplatePart):
    """TID 1605 Image Library Entry Descriptors for CT."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    ct_acquisition_type: groups.Cid10013Code | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE EV (113820, DCM, \"CT Acquisition Type\"), VM 1, U; values DCID 10013"""

    reconstruction_algorithm: groups.Cid10033Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (113961, DCM, \"Reconstruction Algorithm\"), VM 1, U; values DCID 10033"""
