"""Intra-Oral Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.image_laterality import (
        ImageLateralityMammographyImageValue as _ImageLateralityMammographyImageValue,
    )
    from dicomodel.enums.positioner_type import (
        PositionerTypeIntraOralImageValue as _PositionerTypeIntraOralImageValue,
    )
    from dicomodel.items.anatomic_region_sequence_item_intra_oral_image import (
        AnatomicRegionSequenceItemIntraOralImage as _AnatomicRegionSequenceItemIntraOralImage,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _AnatomicRegionSequenceItemIntraOralImage = Lazy(
        "dicomodel.items.anatomic_region_sequence_item_intra_oral_image",
        "AnatomicRegionSequenceItemIntraOralImage",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ImageLateralityMammographyImageValue = Lazy(
        "dicomodel.enums.image_laterality", "ImageLateralityMammographyImageValue"
    )
    _PositionerTypeIntraOralImageValue = Lazy(
        "dicomodel.enums.positioner_type", "PositionerTypeIntraOralImageValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.image_laterality import ImageLateralityMammographyImage as ImageLaterality
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.positioner_type import PositionerTypeIntraOralImage as PositionerType
    from dicomodel.items.anatomic_region_sequence_item_intra_oral_image import (
        AnatomicRegionSequenceItemIntraOralImage as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImageLaterality",
    "IntraOralImageModule",
    "MappingResourceTerm",
    "PositionerType",
    "PrimaryAnatomicStructureSequenceItem",
]


class IntraOralImageModule(DicomModel):
    """Intra-Oral Image Module Attributes (PS3.3 Table C.8-76)."""

    dicom_name: ClassVar[str] = "Intra-Oral Image"
    dicom_table: ClassVar[str] = "table_C.8-76"

    PositionerType: Annotated[
        _PositionerTypeIntraOralImageValue,
        Attribute(
            0x00181508,
            "CS",
            "1",
            "1",
            name="Positioner Type",
            enumerated=((0, ("NONE", "CEPHALOSTAT", "RIGID")),),
        ),
    ]
    """Positioner Type (0018,1508): Type 1, VR CS, VM 1. Enumerated Values: NONE CEPHALOSTAT RIGID"""

    ImageLaterality: Annotated[
        _ImageLateralityMammographyImageValue,
        Attribute(
            0x00200062, "CS", "1", "1", name="Image Laterality", enumerated=((0, ("R", "L", "B")),)
        ),
    ]
    """Image Laterality (0020,0062): Type 1, VR CS, VM 1. Laterality of the region examined. Enumerated Values: R right L left B both (i.e., midline) Shall be consistent with any laterality information contained in Primary Anatomic Structure Modifier Sequence (0008,2230) and/or Laterality (0020,00..."""

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItemIntraOralImage],
        Attribute(0x00082218, "SQ", "1", "1", name="Anatomic Region Sequence"),
    ]
    """Anatomic Region Sequence (0008,2218): Type 1, VR SQ, VM 1. Sequence that identifies the anatomic region of interest in this image. Only a single Item shall be included in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00082228,
            "SQ",
            "1",
            "1C",
            name="Primary Anatomic Structure Sequence",
            when=("not", ("present", 0x00082220)),
        ),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 1C, VR SQ, VM 1. Required if Anatomic Region Modifier Sequence (0008,2220) is not present. Sequence that describes the primary anatomic structures of interest in this image. See Section C.8.11.9.1.1 for further explanation. Required if Anatomic Region Modifier Sequence (0008,2220) is not present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item_intra_oral_image",
        "AnatomicRegionSequenceItemIntraOralImage",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ImageLaterality": ("dicomodel.enums.image_laterality", "ImageLateralityMammographyImage"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PositionerType": ("dicomodel.enums.positioner_type", "PositionerTypeIntraOralImage"),
    "PrimaryAnatomicStructureSequenceItem": (
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
