"""Softcopy VOI LUT Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.softcopy_voilut_sequence_item import (
        SoftcopyVOILUTSequenceItem as _SoftcopyVOILUTSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SoftcopyVOILUTSequenceItem = Lazy(
        "dicomodel.items.softcopy_voilut_sequence_item", "SoftcopyVOILUTSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.softcopy_voilut_sequence_item import (
        SoftcopyVOILUTSequenceItem as SoftcopyVOILUTSequenceItem,
    )
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "ReferencedImageSequenceItem",
    "SoftcopyVOILUTModule",
    "SoftcopyVOILUTSequenceItem",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
]


class SoftcopyVOILUTModule(DicomModel):
    """Softcopy VOI LUT Module Attributes (PS3.3 Table C.11.8-1)."""

    dicom_name: ClassVar[str] = "Softcopy VOI LUT"
    dicom_table: ClassVar[str] = "table_C.11.8-1"

    SoftcopyVOILUTSequence: Annotated[
        list[_SoftcopyVOILUTSequenceItem],
        Attribute(0x00283110, "SQ", "1", "1", name="Softcopy VOI LUT Sequence"),
    ]
    """Softcopy VOI LUT Sequence (0028,3110): Type 1, VR SQ, VM 1. Defines a Sequence of VOI LUTs or Window Centers and Widths and to which images and frames they apply. No more than one VOI LUT Sequence containing a single Item or one pair of Window Center/Width values shall be specified for each image or..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "SoftcopyVOILUTSequenceItem": (
        "dicomodel.items.softcopy_voilut_sequence_item",
        "SoftcopyVOILUTSequenceItem",
    ),
    "VOILUTFunctionTerm": ("dicomodel.enums.voilut_function", "VOILUTFunctionTerm"),
    "VOILUTSequenceItem": ("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
