"""Item class RTRelatedROISequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rtroi_relationship import RTROIRelationshipTerm as _RTROIRelationshipTerm
else:
    from dicomodel.lazy import Lazy

    _RTROIRelationshipTerm = Lazy("dicomodel.enums.rtroi_relationship", "RTROIRelationshipTerm")

if TYPE_CHECKING:
    from dicomodel.enums.rtroi_relationship import RTROIRelationshipTerm as RTROIRelationshipTerm

__all__ = [
    "RTROIRelationshipTerm",
    "RTRelatedROISequenceItem",
]


class RTRelatedROISequenceItem(DicomModel):
    """An item of RT Related ROI Sequence (3006,0030), as first defined in RT ROI Observations Module Attributes (C.8-44)."""

    dicom_name: ClassVar[str] = "RT Related ROI Sequence"
    dicom_table: ClassVar[str] = "table_C.8-44"

    ReferencedROINumber: Annotated[
        vr.IS, Attribute(0x30060084, "IS", "1", "1", name="Referenced ROI Number")
    ]
    """Referenced ROI Number (3006,0084): Type 1, VR IS, VM 1. Uniquely identifies the related ROI described in the Structure Set ROI Sequence (3006,0020)."""

    RTROIRelationship: Annotated[
        _RTROIRelationshipTerm | vr.CS | None,
        Attribute(0x30060033, "CS", "1", "3", name="RT ROI Relationship"),
    ] = None
    """RT ROI Relationship (3006,0033): Type 3, VR CS, VM 1. Relationship of referenced ROI with respect to referencing ROI. Defined Terms: SAME ROIs represent the same entity ENCLOSED referenced ROI completely encloses referencing ROI ENCLOSING referencing ROI completely encloses referenced ROI"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RTROIRelationshipTerm": ("dicomodel.enums.rtroi_relationship", "RTROIRelationshipTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
