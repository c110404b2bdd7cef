"""Item class DetectorInformationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.collimator_type import CollimatorTypeTerm as _CollimatorTypeTerm
    from dicomodel.enums.field_of_view_shape import FieldOfViewShapeTerm as _FieldOfViewShapeTerm
    from dicomodel.items.view_code_sequence_item import (
        ViewCodeSequenceItem as _ViewCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CollimatorTypeTerm = Lazy("dicomodel.enums.collimator_type", "CollimatorTypeTerm")
    _FieldOfViewShapeTerm = Lazy("dicomodel.enums.field_of_view_shape", "FieldOfViewShapeTerm")
    _ViewCodeSequenceItem = Lazy("dicomodel.items.view_code_sequence_item", "ViewCodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.collimator_type import CollimatorTypeTerm as CollimatorTypeTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.field_of_view_shape import FieldOfViewShapeTerm as FieldOfViewShapeTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ViewModifierCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.view_code_sequence_item import ViewCodeSequenceItem as ViewCodeSequenceItem

__all__ = [
    "CollimatorTypeTerm",
    "ContextGroupExtensionFlag",
    "DetectorInformationSequenceItem",
    "EquivalentCodeSequenceItem",
    "FieldOfViewShapeTerm",
    "MappingResourceTerm",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
]


class DetectorInformationSequenceItem(DicomModel):
    """An item of Detector Information Sequence (0054,0022), as first defined in NM Detector Module Attributes (C.8-11)."""

    dicom_name: ClassVar[str] = "Detector Information Sequence"
    dicom_table: ClassVar[str] = "table_C.8-11"

    CollimatorGridName: Annotated[
        vr.SH | None, Attribute(0x00181180, "SH", "1", "3", name="Collimator/Grid Name")
    ] = None
    """Collimator/Grid Name (0018,1180): Type 3, VR SH, VM 1. Label describing the collimator used (LEAP, hires, etc.)."""

    CollimatorType: Annotated[
        _CollimatorTypeTerm | vr.CS | None,
        Attribute(0x00181181, "CS", "1", "2", name="Collimator Type"),
    ]
    """Collimator Type (0018,1181): Type 2, VR CS, VM 1. Collimator type. Defined Terms: PARA Parallel (default) PINH Pinhole FANB Fan-beam CONE Cone-beam SLNT Slant hole ASTG Astigmatic DIVG Diverging NONE No collimator UNKN Unknown"""

    FieldOfViewShape: Annotated[
        _FieldOfViewShapeTerm | vr.CS | None,
        Attribute(0x00181147, "CS", "1", "3", name="Field of View Shape"),
    ] = None
    """Field of View Shape (0018,1147): Type 3, VR CS, VM 1. Shape of the field of view of the Nuclear Medicine detector. Defined Terms: RECTANGLE ROUND HEXAGONAL"""

    FieldOfViewDimensions: Annotated[
        list[vr.IS] | None,
        Attribute(0x00181149, "IS", "1-2", "3", name="Field of View Dimension(s)"),
    ] = None
    """Field of View Dimension(s) (0018,1149): Type 3, VR IS, VM 1-2. Dimensions of the field of view, in mm. If Field of View Shape (0018,1147) is: RECTANGLE: row dimension followed by column. ROUND: diameter. HEXAGONAL: diameter of a circumscribed circle."""

    FocalDistance: Annotated[
        list[vr.IS] | None, Attribute(0x00181182, "IS", "1-2", "2", name="Focal Distance")
    ]
    """Focal Distance (0018,1182): Type 2, VR IS, VM 1-2. Focal distance, in mm. A value of 0 means infinite distance for parallel collimation. See Section C.8.4.11.1.1 for further specialization."""

    XFocusCenter: Annotated[
        list[vr.DS] | None, Attribute(0x00181183, "DS", "1-2", "3", name="X Focus Center")
    ] = None
    """X Focus Center (0018,1183): Type 3, VR DS, VM 1-2. Center of focus along a row. See Section C.8.4.11.1.2 for further explanation."""

    YFocusCenter: Annotated[
        list[vr.DS] | None, Attribute(0x00181184, "DS", "1-2", "3", name="Y Focus Center")
    ] = None
    """Y Focus Center (0018,1184): Type 3, VR DS, VM 1-2. Center of focus along a column. See Section C.8.4.11.1.2 for further explanation."""

    ZoomCenter: Annotated[
        list[vr.DS] | None, Attribute(0x00280032, "DS", "2", "3", name="Zoom Center")
    ] = None
    """Zoom Center (0028,0032): Type 3, VR DS, VM 2. The amount of offset from (0,0) applied to each pixel in the image before application of the zoom factor, specified by a numeric pair: row value (delimiter) column value (in mm). See Section C.8.4.11.1.3 for further explanation."""

    ZoomFactor: Annotated[
        list[vr.DS] | None, Attribute(0x00280031, "DS", "2", "3", name="Zoom Factor")
    ] = None
    """Zoom Factor (0028,0031): Type 3, VR DS, VM 2. The amount of magnification applied to each pixel in the image, specified by a numeric pair: row value (delimiter) column value. See Section C.8.4.11.1.4 for further explanation."""

    CenterOfRotationOffset: Annotated[
        vr.DS | None, Attribute(0x00181145, "DS", "1", "3", name="Center of Rotation Offset")
    ] = None
    """Center of Rotation Offset (0018,1145): Type 3, VR DS, VM 1. Average center of rotation offset of Nuclear Medicine detector in mm. See Section C.8.4.11.1.5 for further explanation."""

    GantryDetectorTilt: Annotated[
        vr.DS | None, Attribute(0x00181120, "DS", "1", "3", name="Gantry/Detector Tilt")
    ] = None
    """Gantry/Detector Tilt (0018,1120): Type 3, VR DS, VM 1. Angle of tilt in degrees of the detector. See Section C.8.4.11.1.6 for further explanation."""

    DistanceSourceToDetector: Annotated[
        vr.DS | None,
        Attribute(
            0x00181110,
            "DS",
            "1",
            "2C",
            name="Distance Source to Detector",
            when=(
                "and",
                ("value", 0x00080008, 4, "in", ("TRANSMISSION",)),
                (
                    "value",
                    0x00080008,
                    3,
                    "not_in",
                    ("TOMO", "GATED TOMO", "RECON TOMO", "RECON GATED TOMO"),
                ),
            ),
        ),
    ] = None
    """Distance Source to Detector (0018,1110): Type 2C, VR DS, VM 1. Required if Image Type (0008,0008) Value 4 is TRANSMISSION and Value 3 is not any of TOMO, GATED TOMO, RECON TOMO or RECON GATED TOMO. Distance in mm from transmission source to the detector face. Required if Image Type (0008,0008) Value 4 is TRANSMISSION and Value 3 is not any of TOMO, GATED TOMO, RECON TOMO or RECON GATED TOMO."""

    StartAngle: Annotated[
        vr.DS | None, Attribute(0x00540200, "DS", "1", "3", name="Start Angle")
    ] = None
    """Start Angle (0054,0200): Type 3, VR DS, VM 1. Position of the detector about the patient for the start of the acquisition, in degrees. Zero degrees is referenced to the origin at the patient's back."""

    RadialPosition: Annotated[
        list[vr.DS] | None, Attribute(0x00181142, "DS", "1-n", "3", name="Radial Position")
    ] = None
    """Radial Position (0018,1142): Type 3, VR DS, VM 1-n. Radial distance of the detector from the center of rotation, in mm. Should not be included if Image Type (0008,0008) Value 3 is TOMO, GATED TOMO, RECON TOMO or RECON GATED TOMO."""

    ImageOrientationPatient: Annotated[
        list[vr.DS] | None,
        Attribute(0x00200037, "DS", "6", "2", name="Image Orientation (Patient)"),
    ]
    """Image Orientation (Patient) (0020,0037): Type 2, VR DS, VM 6. The direction cosines of the first row and the first column with respect to the patient. See Section C.7.6.2.1.1 for further explanation."""

    ImagePositionPatient: Annotated[
        list[vr.DS] | None, Attribute(0x00200032, "DS", "3", "2", name="Image Position (Patient)")
    ]
    """Image Position (Patient) (0020,0032): Type 2, VR DS, VM 3. The x, y, and z coordinates of the upper left hand corner (center of the first voxel transmitted) of the image, in mm. See Section C.7.6.2.1.1 for further explanation."""

    ViewCodeSequence: Annotated[
        list[_ViewCodeSequenceItem] | None,
        Attribute(0x00540220, "SQ", "1", "3", name="View Code Sequence"),
    ] = None
    """View Code Sequence (0054,0220): Type 3, VR SQ, VM 1. Sequence that describes the projection of the anatomic region of interest on the image receptor. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CollimatorTypeTerm": ("dicomodel.enums.collimator_type", "CollimatorTypeTerm"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FieldOfViewShapeTerm": ("dicomodel.enums.field_of_view_shape", "FieldOfViewShapeTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ViewCodeSequenceItem": ("dicomodel.items.view_code_sequence_item", "ViewCodeSequenceItem"),
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
