"""MR Imaging Modifier Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_imaging_modifier_sequence_item import (
        MRImagingModifierSequenceItem as _MRImagingModifierSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRImagingModifierSequenceItem = Lazy(
        "dicomodel.items.mr_imaging_modifier_sequence_item", "MRImagingModifierSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.blood_signal_nulling import BloodSignalNulling as BloodSignalNulling
    from dicomodel.enums.magnetization_transfer import (
        MagnetizationTransfer as MagnetizationTransfer,
    )
    from dicomodel.enums.tagging import TaggingTerm as TaggingTerm
    from dicomodel.items.mr_imaging_modifier_sequence_item import (
        MRImagingModifierSequenceItem as MRImagingModifierSequenceItem,
    )

__all__ = [
    "BloodSignalNulling",
    "MRImagingModifierMacro",
    "MRImagingModifierSequenceItem",
    "MagnetizationTransfer",
    "TaggingTerm",
]


class MRImagingModifierMacro(DicomModel):
    """MR Imaging Modifier Macro Attributes (PS3.3 Table C.8-93)."""

    dicom_name: ClassVar[str] = "MR Imaging Modifier"
    dicom_table: ClassVar[str] = "table_C.8-93"

    MRImagingModifierSequence: Annotated[
        list[_MRImagingModifierSequenceItem],
        Attribute(0x00189006, "SQ", "1", "1", name="MR Imaging Modifier Sequence"),
    ]
    """MR Imaging Modifier Sequence (0018,9006): Type 1, VR SQ, VM 1. A Sequence containing MR modifier Sequence Attributes. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BloodSignalNulling": ("dicomodel.enums.blood_signal_nulling", "BloodSignalNulling"),
    "MRImagingModifierSequenceItem": (
        "dicomodel.items.mr_imaging_modifier_sequence_item",
        "MRImagingModifierSequenceItem",
    ),
    "MagnetizationTransfer": ("dicomodel.enums.magnetization_transfer", "MagnetizationTransfer"),
    "TaggingTerm": ("dicomodel.enums.tagging", "TaggingTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
