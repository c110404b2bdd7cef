"""Ophthalmic Frame Location Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ophthalmic_frame_location_sequence_item import (
        OphthalmicFrameLocationSequenceItem as _OphthalmicFrameLocationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OphthalmicFrameLocationSequenceItem = Lazy(
        "dicomodel.items.ophthalmic_frame_location_sequence_item",
        "OphthalmicFrameLocationSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.ophthalmic_image_orientation import (
        OphthalmicImageOrientation as OphthalmicImageOrientation,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.ophthalmic_frame_location_sequence_item import (
        OphthalmicFrameLocationSequenceItem as OphthalmicFrameLocationSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OphthalmicFrameLocationMacro",
    "OphthalmicFrameLocationSequenceItem",
    "OphthalmicImageOrientation",
    "PurposeOfReferenceCodeSequenceItem",
]


class OphthalmicFrameLocationMacro(DicomModel):
    """Ophthalmic Frame Location Macro Attributes (PS3.3 Table C.8.17.10-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Frame Location"
    dicom_table: ClassVar[str] = "table_C.8.17.10-1"

    OphthalmicFrameLocationSequence: Annotated[
        list[_OphthalmicFrameLocationSequenceItem],
        Attribute(0x00220031, "SQ", "1", "1", name="Ophthalmic Frame Location Sequence"),
    ]
    """Ophthalmic Frame Location Sequence (0022,0031): Type 1, VR SQ, VM 1. Specifies the column locations for this frame in terms of locations on a referenced image. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OphthalmicFrameLocationSequenceItem": (
        "dicomodel.items.ophthalmic_frame_location_sequence_item",
        "OphthalmicFrameLocationSequenceItem",
    ),
    "OphthalmicImageOrientation": (
        "dicomodel.enums.ophthalmic_image_orientation",
        "OphthalmicImageOrientation",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
