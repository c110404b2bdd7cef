"""Mammography Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.breast_implant_present import (
        BreastImplantPresentValue as _BreastImplantPresentValue,
    )
    from dicomodel.enums.image_laterality import (
        ImageLateralityMammographyImageValue as _ImageLateralityMammographyImageValue,
    )
    from dicomodel.enums.organ_exposed import OrganExposedValue as _OrganExposedValue
    from dicomodel.enums.partial_view import PartialViewValue as _PartialViewValue
    from dicomodel.enums.positioner_primary_angle_direction import (
        PositionerPrimaryAngleDirectionValue as _PositionerPrimaryAngleDirectionValue,
    )
    from dicomodel.enums.positioner_type import PositionerTypeValue as _PositionerTypeValue
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.biopsy_target_sequence_item import (
        BiopsyTargetSequenceItem as _BiopsyTargetSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.view_code_sequence_item_mammography_image import (
        ViewCodeSequenceItemMammographyImage as _ViewCodeSequenceItemMammographyImage,
    )
else:
    from dicomodel.lazy import Lazy

    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _BiopsyTargetSequenceItem = Lazy(
        "dicomodel.items.biopsy_target_sequence_item", "BiopsyTargetSequenceItem"
    )
    _BreastImplantPresentValue = Lazy(
        "dicomodel.enums.breast_implant_present", "BreastImplantPresentValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ImageLateralityMammographyImageValue = Lazy(
        "dicomodel.enums.image_laterality", "ImageLateralityMammographyImageValue"
    )
    _OrganExposedValue = Lazy("dicomodel.enums.organ_exposed", "OrganExposedValue")
    _PartialViewValue = Lazy("dicomodel.enums.partial_view", "PartialViewValue")
    _PositionerPrimaryAngleDirectionValue = Lazy(
        "dicomodel.enums.positioner_primary_angle_direction", "PositionerPrimaryAngleDirectionValue"
    )
    _PositionerTypeValue = Lazy("dicomodel.enums.positioner_type", "PositionerTypeValue")
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _ViewCodeSequenceItemMammographyImage = Lazy(
        "dicomodel.items.view_code_sequence_item_mammography_image",
        "ViewCodeSequenceItemMammographyImage",
    )

if TYPE_CHECKING:
    from dicomodel.enums.breast_implant_present import BreastImplantPresent as BreastImplantPresent
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.image_laterality import ImageLateralityMammographyImage as ImageLaterality
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.organ_exposed import OrganExposed as OrganExposed
    from dicomodel.enums.partial_view import PartialView as PartialView
    from dicomodel.enums.positioner_primary_angle_direction import (
        PositionerPrimaryAngleDirection as PositionerPrimaryAngleDirection,
    )
    from dicomodel.enums.positioner_type import PositionerType as PositionerType
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.biopsy_target_sequence_item import (
        BiopsyTargetSequenceItem as BiopsyTargetSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as PartialViewCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ViewModifierCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.view_code_sequence_item_mammography_image import (
        ViewCodeSequenceItemMammographyImage as ViewCodeSequenceItem,
    )

__all__ = [
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "BiopsyTargetSequenceItem",
    "BreastImplantPresent",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImageLaterality",
    "MammographyImageModule",
    "MappingResourceTerm",
    "OrganExposed",
    "PartialView",
    "PartialViewCodeSequenceItem",
    "PositionerPrimaryAngleDirection",
    "PositionerType",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
]


class MammographyImageModule(DicomModel):
    """Mammography Image Module Attributes (PS3.3 Table C.8-74)."""

    dicom_name: ClassVar[str] = "Mammography Image"
    dicom_table: ClassVar[str] = "table_C.8-74"

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=(
                (1, ("ORIGINAL", "DERIVED")),
                (2, ("PRIMARY", "SECONDARY")),
                (
                    3,
                    (
                        "STEREO_SCOUT",
                        "STEREO_MINUS",
                        "STEREO_PLUS",
                        "PREFIRE_MINUS",
                        "PREFIRE_PLUS",
                        "POSTFIRE_MINUS",
                        "POSTFIRE_PLUS",
                        "POSTBIOPSY_MINUS",
                        "POSTBIOPSY_PLUS",
                        "POSTBIOPSY",
                        "POSTMARKER_MINUS",
                        "POSTMARKER_PLUS",
                        "POSTMARKER",
                        "TOMO_PROJ",
                        "TOMOSYNTHESIS",
                        "TOMO_SCOUT",
                        "PREFIRE",
                        "POSTFIRE",
                        "PRE_CONTRAST",
                        "POST_CONTRAST",
                    ),
                ),
            ),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.11.7.1.4 for specialization."""

    PositionerType: Annotated[
        _PositionerTypeValue,
        Attribute(
            0x00181508,
            "CS",
            "1",
            "1",
            name="Positioner Type",
            enumerated=((0, ("MAMMOGRAPHIC", "NONE")),),
        ),
    ]
    """Positioner Type (0018,1508): Type 1, VR CS, VM 1. Enumerated Values: MAMMOGRAPHIC NONE"""

    DistanceSourceToDetector: Annotated[
        vr.DS | None, Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector")
    ] = None
    """Distance Source to Detector (0018,1110): Type 3, VR DS, VM 1. Distance in mm from source to detector center on the chest wall line This value is traditionally referred to as Source Image Distance (SID). See Section C.8.11.7.1.1."""

    DistanceSourceToPatient: Annotated[
        vr.DS | None, Attribute(0x00181111, "DS", "1", "3", name="Distance Source to Patient")
    ] = None
    """Distance Source to Patient (0018,1111): Type 3, VR DS, VM 1. Distance in mm from source to the breast support side that is closest to the Imaging Subject, as measured along the X-Ray beam vector. This value is traditionally referred to as Source Object Distance (SOD)."""

    PositionerPrimaryAngle: Annotated[
        vr.DS | None, Attribute(0x00181510, "DS", "1", "3", name="Positioner Primary Angle")
    ] = None
    """Positioner Primary Angle (0018,1510): Type 3, VR DS, VM 1. Signed position in degrees of the X-Ray beam vector in the coronal anatomical plane as if the patient were standing facing the equipment where vertical is zero."""

    PositionerPrimaryAngleDirection: Annotated[
        _PositionerPrimaryAngleDirectionValue | None,
        Attribute(
            0x00189559,
            "CS",
            "1",
            "3",
            name="Positioner Primary Angle Direction",
            enumerated=((0, ("CW", "CC")),),
        ),
    ] = None
    """Positioner Primary Angle Direction (0018,9559): Type 3, VR CS, VM 1. The interpretation of the sign of the Positioner Primary Angle (0018,1510). Enumerated Values: CW Clockwise. Positioner Primary Angle movement is positive when movement is from vertical to the patient's right (with patient standing, facing..."""

    PositionerSecondaryAngle: Annotated[
        vr.DS | None, Attribute(0x00181511, "DS", "1", "3", name="Positioner Secondary Angle")
    ] = None
    """Positioner Secondary Angle (0018,1511): Type 3, VR DS, VM 1. Position in degrees of the X-Ray beam vector in the sagittal anatomical plane as if the patient were standing where movement of the X-Ray source from anterior to posterior is positive, and vertical is zero."""

    ImageLaterality: Annotated[
        _ImageLateralityMammographyImageValue,
        Attribute(
            0x00200062, "CS", "1", "1", name="Image Laterality", enumerated=((0, ("R", "L", "B")),)
        ),
    ]
    """Image Laterality (0020,0062): Type 1, VR CS, VM 1. Laterality of the region examined. Enumerated Values: R right L left B both (e.g., cleavage) Shall be consistent with any laterality information contained in Primary Anatomic Structure Modifier Sequence (0008,2230) and/or Laterality (0020,0..."""

    OrganExposed: Annotated[
        _OrganExposedValue,
        Attribute(0x00400318, "CS", "1", "1", name="Organ Exposed", enumerated=((0, ("BREAST",)),)),
    ]
    """Organ Exposed (0040,0318): Type 1, VR CS, VM 1. Organ to which Organ Dose (0040,0316) applies. Enumerated Values: BREAST In the Mammography IOD, Organ Dose (0040,0316) refers to the mean glandular dose."""

    BreastImplantPresent: Annotated[
        _BreastImplantPresentValue | None,
        Attribute(
            0x00281300,
            "CS",
            "1",
            "3",
            name="Breast Implant Present",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Breast Implant Present (0028,1300): Type 3, VR CS, VM 1. Whether or not the imaged breast contains a breast implant regardless of the visibility of a breast implant in the Pixel Data."""

    PartialView: Annotated[
        _PartialViewValue | None,
        Attribute(
            0x00281350, "CS", "1", "3", name="Partial View", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """Partial View (0028,1350): Type 3, VR CS, VM 1. Indicates whether this image is a partial view, that is a subset of a single view of the breast. Enumerated Values: YES NO If this Attribute is absent, then the image may or may not be a partial view."""

    PartialViewDescription: Annotated[
        vr.ST | None, Attribute(0x00281351, "ST", "1", "3", name="Partial View Description")
    ] = None
    """Partial View Description (0028,1351): Type 3, VR ST, VM 1. Free text description of the portion of the breast captured in a partial view image. This Attribute shall not be present if there is a View Modifier Code Sequence (0054,0222) Item of value (399163009, SCT, \"Magnification\") or (399055006, SC..."""

    PartialViewCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00281352, "SQ", "1", "3", name="Partial View Code Sequence"),
    ] = None
    """Partial View Code Sequence (0028,1352): Type 3, VR SQ, VM 1. Sequence that describes the portion or section of the breast captured in a partial view image. Only one or two Items are permitted in this Sequence. See Section C.8.11.7.1.3."""

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItem],
        Attribute(0x00082218, "SQ", "1", "1", name="Anatomic Region Sequence"),
    ]
    """Anatomic Region Sequence (0008,2218): Type 1, VR SQ, VM 1. Sequence that identifies the anatomic region of interest in this Instance (i.e., external anatomy, surface anatomy, or general region of the body). Only a single Item shall be included in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_PrimaryAnatomicStructureSequenceItem] | None,
        Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 3, VR SQ, VM 1. Sequence of Items that identifies the primary anatomic structure(s) of interest in this Instance. One or more Items are permitted in this Sequence."""

    ViewCodeSequence: Annotated[
        list[_ViewCodeSequenceItemMammographyImage],
        Attribute(0x00540220, "SQ", "1", "1", name="View Code Sequence"),
    ]
    """View Code Sequence (0054,0220): Type 1, VR SQ, VM 1. Sequence that describes the projection of the anatomic region of interest on the image receptor. Only a single Item shall be included in this Sequence."""

    BiopsyTargetSequence: Annotated[
        list[_BiopsyTargetSequenceItem] | None,
        Attribute(0x00182041, "SQ", "1", "3", name="Biopsy Target Sequence"),
    ] = None
    """Biopsy Target Sequence (0018,2041): Type 3, VR SQ, VM 1. Sequence that identifies the targets of a biopsy procedure. One or more Items are permitted in this Sequence, where the coordinate system is the same for all Items within a pair of stereo images."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "BiopsyTargetSequenceItem": (
        "dicomodel.items.biopsy_target_sequence_item",
        "BiopsyTargetSequenceItem",
    ),
    "BreastImplantPresent": ("dicomodel.enums.breast_implant_present", "BreastImplantPresent"),
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
    "OrganExposed": ("dicomodel.enums.organ_exposed", "OrganExposed"),
    "PartialView": ("dicomodel.enums.partial_view", "PartialView"),
    "PartialViewCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PositionerPrimaryAngleDirection": (
        "dicomodel.enums.positioner_primary_angle_direction",
        "PositionerPrimaryAngleDirection",
    ),
    "PositionerType": ("dicomodel.enums.positioner_type", "PositionerType"),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "ViewCodeSequenceItem": (
        "dicomodel.items.view_code_sequence_item_mammography_image",
        "ViewCodeSequenceItemMammographyImage",
    ),
    "ViewModifierCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
