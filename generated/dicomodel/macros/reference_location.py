"""Reference Location Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.offset_direction import OffsetDirectionValue as _OffsetDirectionValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _OffsetDirectionValue = Lazy("dicomodel.enums.offset_direction", "OffsetDirectionValue")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.offset_direction import OffsetDirection as OffsetDirection
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceBasisCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceGeometryCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OffsetDirection",
    "ReferenceBasisCodeSequenceItem",
    "ReferenceGeometryCodeSequenceItem",
    "ReferenceLocationMacro",
]


class ReferenceLocationMacro(DicomModel):
    """Reference Location Macro Attributes (PS3.3 Table 10.27-1)."""

    dicom_name: ClassVar[str] = "Reference Location"
    dicom_table: ClassVar[str] = "table_10.27-1"

    ReferenceLocationLabel: Annotated[
        vr.LO, Attribute(0x00189900, "LO", "1", "1", name="Reference Location Label")
    ]
    """Reference Location Label (0018,9900): Type 1, VR LO, VM 1. Brief user-readable label for the location."""

    ReferenceLocationDescription: Annotated[
        vr.UT | None, Attribute(0x00189901, "UT", "1", "3", name="Reference Location Description")
    ] = None
    """Reference Location Description (0018,9901): Type 3, VR UT, VM 1. Further elaboration of the Reference Location. The value may include a description of the relative anatomical location, the appearance of the feature or landmark, or how it can be identified."""

    ReferenceBasisCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00189902, "SQ", "1", "1", name="Reference Basis Code Sequence"),
    ]
    """Reference Basis Code Sequence (0018,9902): Type 1, VR SQ, VM 1. The anatomical feature or point of reference on which the reference location is based. Only a single Item shall be included in this Sequence."""

    ReferenceGeometryCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00189903, "SQ", "1", "1", name="Reference Geometry Code Sequence"),
    ]
    """Reference Geometry Code Sequence (0018,9903): Type 1, VR SQ, VM 1. Characterizes the geometry of the reference location (e.g., a plane or point). Only a single Item shall be included in this Sequence."""

    OffsetDistance: Annotated[
        vr.DS | None, Attribute(0x00189904, "DS", "1", "3", name="Offset Distance")
    ] = None
    """Offset Distance (0018,9904): Type 3, VR DS, VM 1. Positive offset (in mm) from the Reference Basis to the actual Reference Location. See Section 10.27.1."""

    OffsetDirection: Annotated[
        _OffsetDirectionValue | None,
        Attribute(
            0x00189905,
            "CS",
            "1",
            "1C",
            name="Offset Direction",
            enumerated=(
                (
                    0,
                    (
                        "SUPERIOR",
                        "INFERIOR",
                        "ANTERIOR",
                        "POSTERIOR",
                        "LEFT",
                        "RIGHT",
                        "PROXIMAL",
                        "DISTAL",
                        "MEDIAL",
                        "LATERAL",
                    ),
                ),
            ),
            when=("present", 0x00189904),
        ),
    ] = None
    """Offset Direction (0018,9905): Type 1C, VR CS, VM 1. Required if Offset Distance (0018,9904) is present. Direction of the offset (in terms of patient position) from the Reference Basis to the Reference Location. Enumerated Values: SUPERIOR INFERIOR ANTERIOR POSTERIOR LEFT RIGHT PROXIMAL DISTAL MEDIAL LATERAL Required if Offset Distance (0018,9..."""


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
    "OffsetDirection": ("dicomodel.enums.offset_direction", "OffsetDirection"),
    "ReferenceBasisCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferenceGeometryCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
