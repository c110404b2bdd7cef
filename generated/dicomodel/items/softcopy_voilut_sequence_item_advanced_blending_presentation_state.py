"""Item class SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as _VOILUTFunctionTerm
    from dicomodel.items.referenced_image_sequence_item_advanced_blending_presentation_state2 import (
        ReferencedImageSequenceItemAdvancedBlendingPresentationState2 as _ReferencedImageSequenceItemAdvancedBlendingPresentationState2,
    )
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as _VOILUTSequenceItem
else:
    from dicomodel.lazy import Lazy

    _ReferencedImageSequenceItemAdvancedBlendingPresentationState2 = Lazy(
        "dicomodel.items.referenced_image_sequence_item_advanced_blending_presentation_state2",
        "ReferencedImageSequenceItemAdvancedBlendingPresentationState2",
    )
    _VOILUTFunctionTerm = Lazy("dicomodel.enums.voilut_function", "VOILUTFunctionTerm")
    _VOILUTSequenceItem = Lazy("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm
    from dicomodel.items.referenced_image_sequence_item_advanced_blending_presentation_state2 import (
        ReferencedImageSequenceItemAdvancedBlendingPresentationState2 as ReferencedImageSequenceItem,
    )
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "ReferencedImageSequenceItem",
    "SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
]


class SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState(DicomModel):
    """An item of Softcopy VOI LUT Sequence (0028,3110), as first defined in Advanced Blending Presentation State Module Attributes (C.11.33-1)."""

    dicom_name: ClassVar[str] = "Softcopy VOI LUT Sequence"
    dicom_table: ClassVar[str] = "table_C.11.33-1"

    ReferencedImageSequence: Annotated[
        list[_ReferencedImageSequenceItemAdvancedBlendingPresentationState2] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=("unknown", "depends on what the item applies to"),
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if the VOI LUT transformation in this Item does not apply to all the images and frames and optical paths listed in the enclosing Item. Sequence of Items identifying images and optical paths that are defined in the enclosing Item of Advanced Blending Sequence (0070,1B01), to which this VOI LUT or Window Center and Width applies."""

    VOILUTSequence: Annotated[
        list[_VOILUTSequenceItem] | None,
        Attribute(
            0x00283010,
            "SQ",
            "1",
            "1C",
            name="VOI LUT Sequence",
            when=("not", ("present", 0x00281050)),
            otherwise="may",
        ),
    ] = None
    """VOI LUT Sequence (0028,3010): Type 1C, VR SQ, VM 1. Required if Window Center (0028,1050) is not present. May be present otherwise. Defines a Sequence of VOI LUTs. One or more Items shall be included in this Sequence. Required if Window Center (0028,1050) is not present. May be present otherwise."""

    WindowCenter: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00281050,
            "DS",
            "1-n",
            "1C",
            name="Window Center",
            when=("not", ("present", 0x00283010)),
            otherwise="may",
        ),
    ] = None
    """Window Center (0028,1050): Type 1C, VR DS, VM 1-n. Required if VOI LUT Sequence (0028,3010) is not present. May be present otherwise. Window Center for display. See Section C.11.2.1.2 for further explanation. Required if VOI LUT Sequence (0028,3010) is not present. May be present otherwise."""

    WindowWidth: Annotated[
        list[vr.DS] | None,
        Attribute(0x00281051, "DS", "1-n", "1C", name="Window Width", when=("present", 0x00281050)),
    ] = None
    """Window Width (0028,1051): Type 1C, VR DS, VM 1-n. Required if Window Center (0028,1050) is present. Window Width for display. See Section C.11.2.1.2 for further explanation. Required if Window Center (0028,1050) is present."""

    WindowCenterWidthExplanation: Annotated[
        list[vr.LO] | None,
        Attribute(0x00281055, "LO", "1-n", "3", name="Window Center & Width Explanation"),
    ] = None
    """Window Center & Width Explanation (0028,1055): Type 3, VR LO, VM 1-n. Free form explanation of the meaning of the Window Center and Width. Multiple values correspond to multiple Window Center and Width values."""

    VOILUTFunction: Annotated[
        _VOILUTFunctionTerm | vr.CS | None,
        Attribute(0x00281056, "CS", "1", "3", name="VOI LUT Function"),
    ] = None
    """VOI LUT Function (0028,1056): Type 3, VR CS, VM 1. Describes a VOI LUT function to apply to the values of Window Center (0028,1050) and Window Width (0028,1051). See Section C.11.2.1.3 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item_advanced_blending_presentation_state2",
        "ReferencedImageSequenceItemAdvancedBlendingPresentationState2",
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
