"""Item class PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.entrance_dose_derivation import (
        EntranceDoseDerivationValue as _EntranceDoseDerivationValue,
    )
    from dicomodel.enums.positioner_primary_angle_direction import (
        PositionerPrimaryAngleDirectionValue as _PositionerPrimaryAngleDirectionValue,
    )
else:
    from dicomodel.lazy import Lazy

    _EntranceDoseDerivationValue = Lazy(
        "dicomodel.enums.entrance_dose_derivation", "EntranceDoseDerivationValue"
    )
    _PositionerPrimaryAngleDirectionValue = Lazy(
        "dicomodel.enums.positioner_primary_angle_direction", "PositionerPrimaryAngleDirectionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.entrance_dose_derivation import (
        EntranceDoseDerivation as EntranceDoseDerivation,
    )
    from dicomodel.enums.positioner_primary_angle_direction import (
        PositionerPrimaryAngleDirection as PositionerPrimaryAngleDirection,
    )

__all__ = [
    "EntranceDoseDerivation",
    "PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition",
    "PositionerPrimaryAngleDirection",
]


class PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition(DicomModel):
    """An item of Per Projection Acquisition Sequence (0018,9538), as first defined in Breast Tomosynthesis Acquisition Module Attributes (C.8.21.3.4-1)."""

    dicom_name: ClassVar[str] = "Per Projection Acquisition Sequence"
    dicom_table: ClassVar[str] = "table_C.8.21.3.4-1"

    KVP: Annotated[
        vr.DS | None,
        Attribute(
            0x00180060, "DS", "1", "1C", name="KVP", when=("value", 0x00080060, 0, "in", ("MG",))
        ),
    ] = None
    """KVP (0018,0060): Type 1C, VR DS, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Exact peak kilo voltage output of the X-Ray generator used for this projection. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG."""

    XRayTubeCurrentInmA: Annotated[
        vr.FD | None,
        Attribute(
            0x00189330,
            "FD",
            "1",
            "1C",
            name="X-Ray Tube Current in mA",
            when=("value", 0x00080060, 0, "in", ("MG",)),
        ),
    ] = None
    """X-Ray Tube Current in mA (0018,9330): Type 1C, VR FD, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Exact Nominal X-Ray tube current in milliamperes applied during the Frame Acquisition Duration (0018,9220) for this projection. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG."""

    FrameAcquisitionDuration: Annotated[
        vr.FD | None,
        Attribute(
            0x00189220,
            "FD",
            "1",
            "1C",
            name="Frame Acquisition Duration",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Frame Acquisition Duration (0018,9220): Type 1C, VR FD, VM 1. Required if present and consistent in the contributing SOP Instances. The actual amount of time [in milliseconds] that was used to acquire data for this projection. See Section C.7.6.16.2.2.1 and Section C.7.6.16.2.2.3 for further explanation."""

    CollimatorShape: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00181700,
            "CS",
            "1-3",
            "1C",
            name="Collimator Shape",
            enumerated=((0, ("RECTANGULAR", "CIRCULAR", "POLYGONAL")),),
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Collimator Shape (0018,1700): Type 1C, VR CS, VM 1-3. Required if present and consistent in the contributing SOP Instances. Shape(s) of the collimator. Enumerated Values: RECTANGULAR CIRCULAR POLYGONAL This multi-valued Attribute shall contain at most one of each Enumerated Value. Required if present and consistent in the contributing SOP Instances."""

    CollimatorLeftVerticalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181702,
            "IS",
            "1",
            "1C",
            name="Collimator Left Vertical Edge",
            when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Collimator Left Vertical Edge (0018,1702): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Location of the left edge of the rectangular collimator with respect to pixels in the image given as column. See Section C.8.7.3.1.1."""

    CollimatorRightVerticalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181704,
            "IS",
            "1",
            "1C",
            name="Collimator Right Vertical Edge",
            when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Collimator Right Vertical Edge (0018,1704): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Location of the right edge of the rectangular collimator with respect to pixels in the image given as column. See Section C.8.7.3.1.1."""

    CollimatorUpperHorizontalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181706,
            "IS",
            "1",
            "1C",
            name="Collimator Upper Horizontal Edge",
            when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Collimator Upper Horizontal Edge (0018,1706): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Location of the upper edge of the rectangular collimator with respect to pixels in the image given as row. See Section C.8.7.3.1.1."""

    CollimatorLowerHorizontalEdge: Annotated[
        vr.IS | None,
        Attribute(
            0x00181708,
            "IS",
            "1",
            "1C",
            name="Collimator Lower Horizontal Edge",
            when=("value", 0x00181700, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Collimator Lower Horizontal Edge (0018,1708): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Required if a value of Collimator Shape (0018,1700) is RECTANGULAR. Location of the lower edge of the rectangular collimator with respect to pixels in the image given as row. See Section C.8.7.3.1.1."""

    CenterOfCircularCollimator: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00181710,
            "IS",
            "2",
            "1C",
            name="Center of Circular Collimator",
            when=("value", 0x00181700, 0, "in", ("CIRCULAR",)),
        ),
    ] = None
    """Center of Circular Collimator (0018,1710): Type 1C, VR IS, VM 2. Required if a value of Collimator Shape (0018,1700) is CIRCULAR. Required if a value of Collimator Shape (0018,1700) is CIRCULAR. Location of the center of the circular collimator with respect to pixels in the image given as row and column. See Section C.8.7.3.1.1."""

    RadiusOfCircularCollimator: Annotated[
        vr.IS | None,
        Attribute(
            0x00181712,
            "IS",
            "1",
            "1C",
            name="Radius of Circular Collimator",
            when=("value", 0x00181700, 0, "in", ("CIRCULAR",)),
        ),
    ] = None
    """Radius of Circular Collimator (0018,1712): Type 1C, VR IS, VM 1. Required if a value of Collimator Shape (0018,1700) is CIRCULAR. Required if a value of Collimator Shape (0018,1700) is CIRCULAR. Radius of the circular collimator with respect to pixels in the image given as a number of pixels along the row direction. See Section C.8.7.3.1.1."""

    VerticesOfThePolygonalCollimator: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00181720,
            "IS",
            "2-2n",
            "1C",
            name="Vertices of the Polygonal Collimator",
            when=("value", 0x00181700, 0, "in", ("POLYGONAL",)),
        ),
    ] = None
    """Vertices of the Polygonal Collimator (0018,1720): Type 1C, VR IS, VM 2-2n. Required if a value of Collimator Shape (0018,1700) is POLYGONAL. Required if a value of Collimator Shape (0018,1700) is POLYGONAL. Multiple Values where the first set of two values are: row of the origin vertex; column of the origin vertex."""

    PositionerPrimaryAngle: Annotated[
        vr.DS, Attribute(0x00181510, "DS", "1", "1", name="Positioner Primary Angle")
    ]
    """Positioner Primary Angle (0018,1510): Type 1, VR DS, VM 1. Signed position in degrees of the X-Ray beam vector in the coronal anatomical plane as if the patient were standing facing the equipment where vertical is zero."""

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
        vr.DS | None,
        Attribute(
            0x00181511,
            "DS",
            "1",
            "1C",
            name="Positioner Secondary Angle",
            when=(
                "unknown",
                "names no attribute: secondary positioner was used during acquisition",
            ),
        ),
    ] = None
    """Positioner Secondary Angle (0018,1511): Type 1C, VR DS, VM 1. Required if secondary positioner was used during acquisition. Position in degrees of the X-Ray beam vector in the sagittal anatomical plane as if the patient were standing where movement of the X-Ray source from anterior to posterior is positive, and vertical is zero."""

    ExposureTimeInms: Annotated[
        vr.FD, Attribute(0x00189328, "FD", "1", "1", name="Exposure Time in ms")
    ]
    """Exposure Time in ms (0018,9328): Type 1, VR FD, VM 1. Duration of X-Ray exposure in milliseconds. See Section C.8.7.2.1.1."""

    ExposureInmAs: Annotated[vr.FD, Attribute(0x00189332, "FD", "1", "1", name="Exposure in mAs")]
    """Exposure in mAs (0018,9332): Type 1, VR FD, VM 1. The exposure expressed in milliampereseconds, for example calculated from Exposure Time and X-Ray Tube Current."""

    RelativeXRayExposure: Annotated[
        vr.IS, Attribute(0x00181405, "IS", "1", "1", name="Relative X-Ray Exposure")
    ]
    """Relative X-Ray Exposure (0018,1405): Type 1, VR IS, VM 1. Indication of the applied dose, in manufacturer specific units. This value is intended to provide a single location where manufacturer specific information can be found for annotation on a display or film, that has meaning to a knowledgeabl..."""

    OrganDose: Annotated[vr.DS | None, Attribute(0x00400316, "DS", "1", "3", name="Organ Dose")] = (
        None
    )
    """Organ Dose (0040,0316): Type 3, VR DS, VM 1. Average organ dose value measured in dGy. This may be an estimated value."""

    EntranceDoseInmGy: Annotated[
        vr.DS | None, Attribute(0x00408302, "DS", "1", "3", name="Entrance Dose in mGy")
    ] = None
    """Entrance Dose in mGy (0040,8302): Type 3, VR DS, VM 1. Average entrance dose value measured in mGy at the surface of the patient during the acquisition of this projection image. This may be an estimated value based on assumptions about the patient's body size and habitus."""

    EntranceDoseDerivation: Annotated[
        _EntranceDoseDerivationValue | None,
        Attribute(
            0x00408303,
            "CS",
            "1",
            "3",
            name="Entrance Dose Derivation",
            enumerated=((0, ("IAK", "ESAK", "ESDBS", "ESDNOBS")),),
        ),
    ] = None
    """Entrance Dose Derivation (0040,8303): Type 3, VR CS, VM 1. Describes what type of dose is represented by the values of Entrance Dose in mGy (0040,8302). Enumerated Values: IAK Represents air kerma at the entrance surface, no backscatter included, no air kerma to tissue dose conversion applied."""

    ExposureIndex: Annotated[
        vr.DS | None, Attribute(0x00181411, "DS", "1", "3", name="Exposure Index")
    ] = None
    """Exposure Index (0018,1411): Type 3, VR DS, VM 1. Measure of the detector response to radiation in the relevant image region of an image acquired with a digital X-Ray imaging system as defined in IEC 62494-1."""

    TargetExposureIndex: Annotated[
        vr.DS | None, Attribute(0x00181412, "DS", "1", "3", name="Target Exposure Index")
    ] = None
    """Target Exposure Index (0018,1412): Type 3, VR DS, VM 1. The target value used to calculate Deviation Index (0018,1413) as defined in IEC 62494-1."""

    DeviationIndex: Annotated[
        vr.DS | None, Attribute(0x00181413, "DS", "1", "3", name="Deviation Index")
    ] = None
    """Deviation Index (0018,1413): Type 3, VR DS, VM 1. A scaled representation of the difference of the Exposure Index compared to the Target Exposure Index as defined in IEC 62494-1 and the report of AAPM TG 116."""

    IrradiationEventUID: Annotated[
        list[vr.UI] | None, Attribute(0x00083010, "UI", "1-n", "3", name="Irradiation Event UID")
    ] = None
    """Irradiation Event UID (0008,3010): Type 3, VR UI, VM 1-n. Unique identification of the irradiation event(s) associated with the acquisition of this image."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "EntranceDoseDerivation": (
        "dicomodel.enums.entrance_dose_derivation",
        "EntranceDoseDerivation",
    ),
    "PositionerPrimaryAngleDirection": (
        "dicomodel.enums.positioner_primary_angle_direction",
        "PositionerPrimaryAngleDirection",
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
