"""Item class SourceImageSequenceItemOphthalmicPhotographyImage.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.spatial_locations_preserved import (
        SpatialLocationsPreservedValue as _SpatialLocationsPreservedValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _SpatialLocationsPreservedValue = Lazy(
        "dicomodel.enums.spatial_locations_preserved", "SpatialLocationsPreservedValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.spatial_locations_preserved import (
        SpatialLocationsPreserved as SpatialLocationsPreserved,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "SourceImageSequenceItemOphthalmicPhotographyImage",
    "SpatialLocationsPreserved",
]


class SourceImageSequenceItemOphthalmicPhotographyImage(DicomModel):
    """An item of Source Image Sequence (0008,2112), as first defined in Ophthalmic Photography Image Module Attributes (C.8.17.2-1)."""

    dicom_name: ClassVar[str] = "Source Image Sequence"
    dicom_table: ClassVar[str] = "table_C.8.17.2-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedFrameNumber: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00081160,
            "IS",
            "1-n",
            "1C",
            name="Referenced Frame Number",
            when=(
                "and",
                ("unknown", "depends on the multi-frame structure of the pixel data"),
                ("not", ("present", 0x0062000B)),
            ),
        ),
    ] = None
    """Referenced Frame Number (0008,1160): Type 1C, VR IS, VM 1-n. Required if the Referenced SOP Instance is a multi-frame image and the reference does not apply to all frames, and Referenced Segment Number (0062,000B) is not present. Identifies the frame numbers within the Referenced SOP Instance to which the reference applies. The first frame shall be denoted as frame number 1. This Attribute may be multi-valued."""

    ReferencedSegmentNumber: Annotated[
        list[vr.US] | None,
        Attribute(
            0x0062000B,
            "US",
            "1-n",
            "1C",
            name="Referenced Segment Number",
            when=(
                "and",
                ("unknown", "depends on the referenced instance or item"),
                ("not", ("present", 0x00081160)),
            ),
        ),
    ] = None
    """Referenced Segment Number (0062,000B): Type 1C, VR US, VM 1-n. Required if the Referenced SOP Instance is a Segmentation or Surface Segmentation and the reference does not apply to all segments and Referenced Frame Number (0008,1160) is not present. Identifies the Segment Number to which the reference applies. Required if the Referenced SOP Instance is a Segmentation or Surface Segmentation and the reference does not apply to all segments and Referenced Frame Number (0008,1160) is not..."""

    PurposeOfReferenceCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0040A170, "SQ", "1", "1", name="Purpose of Reference Code Sequence"),
    ]
    """Purpose of Reference Code Sequence (0040,A170): Type 1, VR SQ, VM 1. Describes the purpose for which the reference is made, that is what role the source image or frame(s) played in the derivation of this image. Only a single Item shall be included in this Sequence."""

    SpatialLocationsPreserved: Annotated[
        _SpatialLocationsPreservedValue | None,
        Attribute(
            0x0028135A,
            "CS",
            "1",
            "3",
            name="Spatial Locations Preserved",
            enumerated=((0, ("YES", "NO", "REORIENTED_ONLY")),),
        ),
    ] = None
    """Spatial Locations Preserved (0028,135A): Type 3, VR CS, VM 1. The extent to which the spatial locations of all pixels are preserved during the processing of the source image that resulted in the current image Enumerated Values: YES NO REORIENTED_ONLY A projection radiograph that has been flipped, and/..."""

    PatientOrientation: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00200020,
            "CS",
            "2",
            "1C",
            name="Patient Orientation",
            when=("value", 0x0028135A, 0, "in", ("REORIENTED_ONLY",)),
        ),
    ] = None
    """Patient Orientation (0020,0020): Type 1C, VR CS, VM 2. Required if the value of Spatial Locations Preserved (0028,135A) is REORIENTED_ONLY. The Patient Orientation values of the source image. Required if the value of Spatial Locations Preserved (0028,135A) is REORIENTED_ONLY."""


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
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SpatialLocationsPreserved": (
        "dicomodel.enums.spatial_locations_preserved",
        "SpatialLocationsPreserved",
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
