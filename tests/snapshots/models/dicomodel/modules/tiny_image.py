"""Tiny Image Module Attributes.

Generated from DICOM 2099a; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.confocal_mode import ConfocalModeValue as _ConfocalModeValue
    from dicomodel.enums.modality import ModalityTerm as _ModalityTerm
    from dicomodel.items.referenced_image_sequence_item import (
        ReferencedImageSequenceItem as _ReferencedImageSequenceItem,
    )
    from dicomodel.items.shared_functional_groups_sequence_item import (
        SharedFunctionalGroupsSequenceItem as _SharedFunctionalGroupsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ConfocalModeValue = Lazy("dicomodel.enums.confocal_mode", "ConfocalModeValue")
    _ModalityTerm = Lazy("dicomodel.enums.modality", "ModalityTerm")
    _ReferencedImageSequenceItem = Lazy(
        "dicomodel.items.referenced_image_sequence_item", "ReferencedImageSequenceItem"
    )
    _SharedFunctionalGroupsSequenceItem = Lazy(
        "dicomodel.items.shared_functional_groups_sequence_item",
        "SharedFunctionalGroupsSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.confocal_mode import ConfocalMode as ConfocalMode
    from dicomodel.enums.modality import ModalityTerm as ModalityTerm
    from dicomodel.items.referenced_image_sequence_item import (
        ReferencedImageSequenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item import (
        ReferencedImageSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.shared_functional_groups_sequence_item import (
        SharedFunctionalGroupsSequenceItem as SharedFunctionalGroupsSequenceItem,
    )

__all__ = [
    "ConfocalMode",
    "ModalityTerm",
    "ReferencedImageSequenceItem",
    "ReferencedSOPSequenceItem",
    "SharedFunctionalGroupsSequenceItem",
    "TinyImageModule",
]


class TinyImageModule(DicomModel):
    """Tiny Image Module Attributes (PS3.3 Table T-1)."""

    dicom_name: ClassVar[str] = "Tiny Image"
    dicom_table: ClassVar[str] = "table_T-1"

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="ImageType",
            enumerated=((1, ("ORIGINAL", "DERIVED")),),
        ),
    ]
    """ImageType (0008,0008): Type 1, VR CS, VM 2-n."""

    ConfocalMode: Annotated[
        _ConfocalModeValue,
        Attribute(
            0x00480114,
            "CS",
            "1",
            "1",
            name="ConfocalMode",
            enumerated=((0, ("REFLECTANCE", "FLUORESCENCE")),),
        ),
    ]
    """ConfocalMode (0048,0114): Type 1, VR CS, VM 1."""

    Modality: Annotated[
        _ModalityTerm | vr.CS | None, Attribute(0x00080060, "CS", "1", "3", name="Modality")
    ] = None
    """Modality (0008,0060): Type 3, VR CS, VM 1."""

    ReferencedImageSequence: Annotated[
        list[_ReferencedImageSequenceItem] | None,
        Attribute(0x00081140, "SQ", "1", "3", name="ReferencedImageSequence"),
    ] = None
    """ReferencedImageSequence (0008,1140): Type 3, VR SQ, VM 1."""

    ReferencedSOPSequence: Annotated[
        list[_ReferencedImageSequenceItem] | None,
        Attribute(0x00081199, "SQ", "1", "1C", name="ReferencedSOPSequence"),
    ] = None
    """ReferencedSOPSequence (0008,1199): Type 1C, VR SQ, VM 1. Required if there is one."""

    SharedFunctionalGroupsSequence: Annotated[
        list[_SharedFunctionalGroupsSequenceItem],
        Attribute(0x52009229, "SQ", "1", "1", name="SharedFunctionalGroupsSequence"),
    ]
    """SharedFunctionalGroupsSequence (5200,9229): Type 1, VR SQ, VM 1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConfocalMode": ("dicomodel.enums.confocal_mode", "ConfocalMode"),
    "ModalityTerm": ("dicomodel.enums.modality", "ModalityTerm"),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item",
        "ReferencedImageSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item",
        "ReferencedImageSequenceItem",
    ),
    "SharedFunctionalGroupsSequenceItem": (
        "dicomodel.items.shared_functional_groups_sequence_item",
        "SharedFunctionalGroupsSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
