"""Item class FiducialSetSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.fiducial_sequence_item import FiducialSequenceItem as _FiducialSequenceItem
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FiducialSequenceItem = Lazy("dicomodel.items.fiducial_sequence_item", "FiducialSequenceItem")
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.shape_type import ShapeTypeTerm as ShapeTypeTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FiducialIdentifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FiducialsPropertyCategoryCodeSequenceItem,
    )
    from dicomodel.items.definition_source_sequence_item import (
        DefinitionSourceSequenceItem as DefinitionSourceSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.fiducial_sequence_item import FiducialSequenceItem as FiducialSequenceItem
    from dicomodel.items.graphic_coordinates_data_sequence_item import (
        GraphicCoordinatesDataSequenceItem as GraphicCoordinatesDataSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DefinitionSourceSequenceItem",
    "EquivalentCodeSequenceItem",
    "FiducialIdentifierCodeSequenceItem",
    "FiducialSequenceItem",
    "FiducialSetSequenceItem",
    "FiducialsPropertyCategoryCodeSequenceItem",
    "GraphicCoordinatesDataSequenceItem",
    "MappingResourceTerm",
    "ReferencedImageSequenceItem",
    "ShapeTypeTerm",
]


class FiducialSetSequenceItem(DicomModel):
    """An item of Fiducial Set Sequence (0070,031C), as first defined in Spatial Fiducials Module Attributes (C.21.2-1)."""

    dicom_name: ClassVar[str] = "Fiducial Set Sequence"
    dicom_table: ClassVar[str] = "table_C.21.2-1"

    FrameOfReferenceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00200052,
            "UI",
            "1",
            "1C",
            name="Frame of Reference UID",
            when=("not", ("present", 0x00081140)),
            otherwise="may",
        ),
    ] = None
    """Frame of Reference UID (0020,0052): Type 1C, VR UI, VM 1. Required if Referenced Image Sequence (0008,1140) is absent. May be present otherwise. Identifies a Frame of Reference that may or may not be an image set (e.g., an atlas or physical space). See Section C.7.4.1.1.1 for further explanation. Required if Referenced Image Sequence (0008,1140) is absent. May be present otherwise."""

    ReferencedImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=("not", ("present", 0x00200052)),
            otherwise="may",
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if Frame of Reference UID (0020,0052) is absent. May be present otherwise. Identifies the set of images in which the fiducials are located. One or more Items shall be included in this Sequence. Required if Frame of Reference UID (0020,0052) is absent. May be present otherwise."""

    FiducialSequence: Annotated[
        list[_FiducialSequenceItem], Attribute(0x0070031E, "SQ", "1", "1", name="Fiducial Sequence")
    ]
    """Fiducial Sequence (0070,031E): Type 1, VR SQ, VM 1. A Sequence that specifies fiducials, one Item per fiducial. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DefinitionSourceSequenceItem": (
        "dicomodel.items.definition_source_sequence_item",
        "DefinitionSourceSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FiducialIdentifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "FiducialSequenceItem": ("dicomodel.items.fiducial_sequence_item", "FiducialSequenceItem"),
    "FiducialsPropertyCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "GraphicCoordinatesDataSequenceItem": (
        "dicomodel.items.graphic_coordinates_data_sequence_item",
        "GraphicCoordinatesDataSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ShapeTypeTerm": ("dicomodel.enums.shape_type", "ShapeTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
