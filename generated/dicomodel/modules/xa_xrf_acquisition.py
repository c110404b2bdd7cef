"""XA/XRF Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.anode_target_material import (
        AnodeTargetMaterialTerm as _AnodeTargetMaterialTerm,
    )
    from dicomodel.enums.c_arm_positioner_tabletop_relationship import (
        CArmPositionerTabletopRelationshipValue as _CArmPositionerTabletopRelationshipValue,
    )
    from dicomodel.enums.positioner_type import (
        PositionerTypeTermXAXRFAcquisition as _PositionerTypeTermXAXRFAcquisition,
    )
    from dicomodel.enums.radiation_mode import RadiationModeTerm as _RadiationModeTerm
    from dicomodel.enums.radiation_setting import RadiationSettingValue as _RadiationSettingValue
    from dicomodel.enums.rectification_type import RectificationTypeTerm as _RectificationTypeTerm
    from dicomodel.enums.x_ray_receptor_type import XRayReceptorTypeValue as _XRayReceptorTypeValue
else:
    from dicomodel.lazy import Lazy

    _AnodeTargetMaterialTerm = Lazy(
        "dicomodel.enums.anode_target_material", "AnodeTargetMaterialTerm"
    )
    _CArmPositionerTabletopRelationshipValue = Lazy(
        "dicomodel.enums.c_arm_positioner_tabletop_relationship",
        "CArmPositionerTabletopRelationshipValue",
    )
    _PositionerTypeTermXAXRFAcquisition = Lazy(
        "dicomodel.enums.positioner_type", "PositionerTypeTermXAXRFAcquisition"
    )
    _RadiationModeTerm = Lazy("dicomodel.enums.radiation_mode", "RadiationModeTerm")
    _RadiationSettingValue = Lazy("dicomodel.enums.radiation_setting", "RadiationSettingValue")
    _RectificationTypeTerm = Lazy("dicomodel.enums.rectification_type", "RectificationTypeTerm")
    _XRayReceptorTypeValue = Lazy("dicomodel.enums.x_ray_receptor_type", "XRayReceptorTypeValue")

if TYPE_CHECKING:
    from dicomodel.enums.anode_target_material import (
        AnodeTargetMaterialTerm as AnodeTargetMaterialTerm,
    )
    from dicomodel.enums.c_arm_positioner_tabletop_relationship import (
        CArmPositionerTabletopRelationship as CArmPositionerTabletopRelationship,
    )
    from dicomodel.enums.positioner_type import (
        PositionerTypeTermXAXRFAcquisition as PositionerTypeTerm,
    )
    from dicomodel.enums.radiation_mode import RadiationModeTerm as RadiationModeTerm
    from dicomodel.enums.radiation_setting import RadiationSetting as RadiationSetting
    from dicomodel.enums.rectification_type import RectificationTypeTerm as RectificationTypeTerm
    from dicomodel.enums.x_ray_receptor_type import XRayReceptorType as XRayReceptorType

__all__ = [
    "AnodeTargetMaterialTerm",
    "CArmPositionerTabletopRelationship",
    "PositionerTypeTerm",
    "RadiationModeTerm",
    "RadiationSetting",
    "RectificationTypeTerm",
    "XAXRFAcquisitionModule",
    "XRayReceptorType",
]


class XAXRFAcquisitionModule(DicomModel):
    """XA/XRF Acquisition Module Attributes (PS3.3 Table C.8.19.3-1)."""

    dicom_name: ClassVar[str] = "XA/XRF Acquisition"
    dicom_table: ClassVar[str] = "table_C.8.19.3-1"

    KVP: Annotated[vr.DS, Attribute(0x00180060, "DS", "1", "1", name="KVP")]
    """KVP (0018,0060): Type 1, VR DS, VM 1. Average of the peak kilo voltage outputs of the X-Ray generator used for all frames."""

    RadiationSetting: Annotated[
        _RadiationSettingValue,
        Attribute(
            0x00181155, "CS", "1", "1", name="Radiation Setting", enumerated=((0, ("SC", "GR")),)
        ),
    ]
    """Radiation Setting (0018,1155): Type 1, VR CS, VM 1. Identify the general level of X-Ray dose exposure. Enumerated Values: SC low dose exposure generally corresponding to fluoroscopic settings (e.g., preparation for diagnostic quality image acquisition) GR high dose for diagnostic quality ima..."""

    XRayTubeCurrentInmA: Annotated[
        vr.FD | None,
        Attribute(
            0x00189330,
            "FD",
            "1",
            "1C",
            name="X-Ray Tube Current in mA",
            when=("not", ("present", 0x00189332)),
            otherwise="may",
        ),
    ] = None
    """X-Ray Tube Current in mA (0018,9330): Type 1C, VR FD, VM 1. Required if Exposure in mAs (0018,9332) is not present. May be present otherwise. Average of the nominal X-Ray tube currents in milliamperes for all frames. Required if Exposure in mAs (0018,9332) is not present. May be present otherwise."""

    ExposureTimeInms: Annotated[
        vr.FD | None,
        Attribute(
            0x00189328,
            "FD",
            "1",
            "1C",
            name="Exposure Time in ms",
            when=("not", ("present", 0x00189332)),
            otherwise="may",
        ),
    ] = None
    """Exposure Time in ms (0018,9328): Type 1C, VR FD, VM 1. Required if Exposure in mAs (0018,9332) is not present. May be present otherwise. Duration of X-Ray exposure in milliseconds. See Section C.8.7.2.1.1. Required if Exposure in mAs (0018,9332) is not present. May be present otherwise."""

    ExposureInmAs: Annotated[
        vr.FD | None,
        Attribute(
            0x00189332,
            "FD",
            "1",
            "1C",
            name="Exposure in mAs",
            when=("or", ("not", ("present", 0x00189328)), ("not", ("present", 0x00189330))),
            otherwise="may",
        ),
    ] = None
    """Exposure in mAs (0018,9332): Type 1C, VR FD, VM 1. Required if either Exposure Time in ms (0018,9328) or X-Ray Tube Current in mA (0018,9330) are not present. May be present otherwise. The exposure expressed in milliampereseconds, for example calculated from Exposure Time and X-Ray Tube Current. Required if either Exposure Time in ms (0018,9328) or X-Ray Tube Current in mA (0018,9330) are not present."""

    AveragePulseWidth: Annotated[
        vr.DS, Attribute(0x00181154, "DS", "1", "1", name="Average Pulse Width")
    ]
    """Average Pulse Width (0018,1154): Type 1, VR DS, VM 1. Average width of X-Ray pulse in msec."""

    AcquisitionDuration: Annotated[
        vr.FD, Attribute(0x00189073, "FD", "1", "1", name="Acquisition Duration")
    ]
    """Acquisition Duration (0018,9073): Type 1, VR FD, VM 1. The time in seconds needed for the complete acquisition. See Section C.7.6.16.2.2.1 for further explanation."""

    RadiationMode: Annotated[
        _RadiationModeTerm | vr.CS, Attribute(0x0018115A, "CS", "1", "1", name="Radiation Mode")
    ]
    """Radiation Mode (0018,115A): Type 1, VR CS, VM 1. Specifies X-Ray radiation mode. Defined Terms: CONTINUOUS PULSED"""

    FocalSpots: Annotated[
        list[vr.DS] | None, Attribute(0x00181190, "DS", "1-n", "3", name="Focal Spot(s)")
    ] = None
    """Focal Spot(s) (0018,1190): Type 3, VR DS, VM 1-n. Nominal focal spot size in mm used to acquire this image."""

    AnodeTargetMaterial: Annotated[
        _AnodeTargetMaterialTerm | vr.CS | None,
        Attribute(0x00181191, "CS", "1", "3", name="Anode Target Material"),
    ] = None
    """Anode Target Material (0018,1191): Type 3, VR CS, VM 1. The primary material in the anode of the X-Ray source. Defined Terms: TUNGSTEN MOLYBDENUM RHODIUM"""

    RectificationType: Annotated[
        _RectificationTypeTerm | vr.CS | None,
        Attribute(0x00181156, "CS", "1", "3", name="Rectification Type"),
    ] = None
    """Rectification Type (0018,1156): Type 3, VR CS, VM 1. Type of rectification used in the X-Ray generator. Defined Terms: SINGLE PHASE THREE PHASE CONST POTENTIAL"""

    XRayReceptorType: Annotated[
        _XRayReceptorTypeValue,
        Attribute(
            0x00189420,
            "CS",
            "1",
            "1",
            name="X-Ray Receptor Type",
            enumerated=((0, ("IMG_INTENSIFIER", "DIGITAL_DETECTOR")),),
        ),
    ]
    """X-Ray Receptor Type (0018,9420): Type 1, VR CS, VM 1. Identifies with type of X-Ray receptor is used. Enumerated Values: IMG_INTENSIFIER DIGITAL_DETECTOR"""

    DistanceReceptorPlaneToDetectorHousing: Annotated[
        vr.FL | None,
        Attribute(0x00189426, "FL", "1", "2", name="Distance Receptor Plane to Detector Housing"),
    ]
    """Distance Receptor Plane to Detector Housing (0018,9426): Type 2, VR FL, VM 1. Distance in mm between the receptor plane and the detector housing. The direction of the distance is positive from receptor plane to X-Ray source."""

    PositionerType: Annotated[
        _PositionerTypeTermXAXRFAcquisition | vr.CS,
        Attribute(0x00181508, "CS", "1", "1", name="Positioner Type"),
    ]
    """Positioner Type (0018,1508): Type 1, VR CS, VM 1. Defined Terms: CARM COLUMN The term CARM can apply to any positioner with 2 degrees of freedom of rotation of the X-Ray beam about the Imaging Subject."""

    CArmPositionerTabletopRelationship: Annotated[
        _CArmPositionerTabletopRelationshipValue | None,
        Attribute(
            0x00189474,
            "CS",
            "1",
            "1C",
            name="C-arm Positioner Tabletop Relationship",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00181508, 0, "in", ("CARM",)),
        ),
    ] = None
    """C-arm Positioner Tabletop Relationship (0018,9474): Type 1C, VR CS, VM 1. Required if Positioner Type (0018,1508) equals CARM. Describes for C-arm positioner type systems if positioner and tabletop has the same geometrical reference system. Enumerated Values: YES NO The value NO is intended for mobile systems where there is no table fixed to the system Required if..."""

    AcquiredImageAreaDoseProduct: Annotated[
        vr.FL | None, Attribute(0x00189473, "FL", "1", "2", name="Acquired Image Area Dose Product")
    ]
    """Acquired Image Area Dose Product (0018,9473): Type 2, VR FL, VM 1. X-Ray dose, measured in dGy*cm*cm, to which the patient was exposed for the acquisition of this image only. The sum of the Image Area Dose Product of all images of a Series or a Study may not result in the actual area dose product to which..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnodeTargetMaterialTerm": ("dicomodel.enums.anode_target_material", "AnodeTargetMaterialTerm"),
    "CArmPositionerTabletopRelationship": (
        "dicomodel.enums.c_arm_positioner_tabletop_relationship",
        "CArmPositionerTabletopRelationship",
    ),
    "PositionerTypeTerm": ("dicomodel.enums.positioner_type", "PositionerTypeTermXAXRFAcquisition"),
    "RadiationModeTerm": ("dicomodel.enums.radiation_mode", "RadiationModeTerm"),
    "RadiationSetting": ("dicomodel.enums.radiation_setting", "RadiationSetting"),
    "RectificationTypeTerm": ("dicomodel.enums.rectification_type", "RectificationTypeTerm"),
    "XRayReceptorType": ("dicomodel.enums.x_ray_receptor_type", "XRayReceptorType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
