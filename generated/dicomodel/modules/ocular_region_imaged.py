"""Ocular Region Imaged Module Attributes.

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
    from dicomodel.items.anatomic_region_sequence_item_ocular_region_imaged import (
        AnatomicRegionSequenceItemOcularRegionImaged as _AnatomicRegionSequenceItemOcularRegionImaged,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.primary_anatomic_structure_sequence_item_ocular_region_imaged import (
        PrimaryAnatomicStructureSequenceItemOcularRegionImaged as _PrimaryAnatomicStructureSequenceItemOcularRegionImaged,
    )
else:
    from dicomodel.lazy import Lazy

    _AnatomicRegionSequenceItemOcularRegionImaged = Lazy(
        "dicomodel.items.anatomic_region_sequence_item_ocular_region_imaged",
        "AnatomicRegionSequenceItemOcularRegionImaged",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ImageLateralityMammographyImageValue = Lazy(
        "dicomodel.enums.image_laterality", "ImageLateralityMammographyImageValue"
    )
    _PrimaryAnatomicStructureSequenceItemOcularRegionImaged = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item_ocular_region_imaged",
        "PrimaryAnatomicStructureSequenceItemOcularRegionImaged",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.image_laterality import ImageLateralityMammographyImage as ImageLaterality
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.anatomic_region_sequence_item_ocular_region_imaged import (
        AnatomicRegionSequenceItemOcularRegionImaged as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RelativeImagePositionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item_ocular_region_imaged import (
        CodeSequenceItemOcularRegionImaged as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item_ocular_region_imaged import (
        CodeSequenceItemOcularRegionImaged as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item_ocular_region_imaged import (
        PrimaryAnatomicStructureSequenceItemOcularRegionImaged as PrimaryAnatomicStructureSequenceItem,
    )

__all__ = [
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ContextGroupExtensionFlag",
    "ImageLaterality",
    "MappingResourceTerm",
    "OcularRegionImagedModule",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "RelativeImagePositionCodeSequenceItem",
]


class OcularRegionImagedModule(DicomModel):
    """Ocular Region Imaged Module Attributes (PS3.3 Table C.8.17.5-1)."""

    dicom_name: ClassVar[str] = "Ocular Region Imaged"
    dicom_table: ClassVar[str] = "table_C.8.17.5-1"

    ImageLaterality: Annotated[
        _ImageLateralityMammographyImageValue,
        Attribute(
            0x00200062, "CS", "1", "1", name="Image Laterality", enumerated=((0, ("R", "L", "B")),)
        ),
    ]
    """Image Laterality (0020,0062): Type 1, VR CS, VM 1. Laterality of object imaged (as described in Anatomic Region Sequence (0008,2218)) examined. Enumerated Values: R right eye L left eye B both left and right eye Shall be consistent with any laterality information contained in Primary Anatom..."""

    RelativeImagePositionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x0022001D,
            "SQ",
            "1",
            "2C",
            name="Relative Image Position Code Sequence",
            when=(
                "unknown",
                "condition not read: not understood: 'Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,1624)' (in 'Required if Ophthalmic Volumetric Properties Flag (0022,1622) is set to YES and Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,1624) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,1626) do not contain a value')",
            ),
            otherwise="may",
        ),
    ] = None
    """Relative Image Position Code Sequence (0022,001D): Type 2C, VR SQ, VM 1. Required if Ophthalmic Volumetric Properties Flag (0022,1622) is set to YES and Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,1624) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,1626) do not contain a value. May be present otherwise. The position of this image on the retina (as defined by a specified nomenclature; the nomenclature is implicit in the code used). Only a single Item is permitted in this Sequence."""

    OphthalmicAnatomicReferencePointXCoordinate: Annotated[
        vr.FL | None,
        Attribute(
            0x00221624,
            "FL",
            "1",
            "2C",
            name="Ophthalmic Anatomic Reference Point X-Coordinate",
            when=("value", 0x00221622, 0, "in", ("YES",)),
            otherwise="may",
        ),
    ] = None
    """Ophthalmic Anatomic Reference Point X-Coordinate (0022,1624): Type 2C, VR FL, VM 1. Required if Ophthalmic Volumetric Properties Flag (0022,1622) is set to YES. May be present otherwise. The horizontal offset location (column) of the anatomic reference point identified by Attribute Primary Anatomic Region Sequence (0008,2228). See Section C.8.17.5.1 for further explanation."""

    OphthalmicAnatomicReferencePointYCoordinate: Annotated[
        vr.FL | None,
        Attribute(
            0x00221626,
            "FL",
            "1",
            "2C",
            name="Ophthalmic Anatomic Reference Point Y-Coordinate",
            when=("value", 0x00221622, 0, "in", ("YES",)),
            otherwise="may",
        ),
    ] = None
    """Ophthalmic Anatomic Reference Point Y-Coordinate (0022,1626): Type 2C, VR FL, VM 1. Required if Ophthalmic Volumetric Properties Flag (0022,1622) is set to YES. May be present otherwise. The vertical offset location (row) of the anatomic reference point identified by Attribute Primary Anatomic Region Sequence (0008,2228). See Section C.8.17.5.1 for further explanation."""

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItemOcularRegionImaged] | None,
        Attribute(
            0x00082218,
            "SQ",
            "1",
            "1C",
            name="Anatomic Region Sequence",
            when=(
                "unknown",
                "condition not read: sentence not understood: 'In this Module , Primary Anatomic Structure Sequence (0008,2228) is specialized to be Type 1C'; not understood: 'Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024)' (in 'required if Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,0026) contain a value')",
            ),
        ),
    ] = None
    """Anatomic Region Sequence (0008,2218): Type 1, VR SQ, VM 1. Sequence that identifies the anatomic region of interest in this Instance (i.e., external anatomy, surface anatomy, or general region of the body). Only a single Item shall be included in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_PrimaryAnatomicStructureSequenceItemOcularRegionImaged] | None,
        Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 3, VR SQ, VM 1. Sequence of Items that identifies the primary anatomic structure(s) of interest in this Instance. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item_ocular_region_imaged",
        "CodeSequenceItemOcularRegionImaged",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item_ocular_region_imaged",
        "AnatomicRegionSequenceItemOcularRegionImaged",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ImageLaterality": ("dicomodel.enums.image_laterality", "ImageLateralityMammographyImage"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item_ocular_region_imaged",
        "CodeSequenceItemOcularRegionImaged",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item_ocular_region_imaged",
        "PrimaryAnatomicStructureSequenceItemOcularRegionImaged",
    ),
    "RelativeImagePositionCodeSequenceItem": (
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
