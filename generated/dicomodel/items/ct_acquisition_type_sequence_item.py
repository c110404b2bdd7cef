"""Item class CTAcquisitionTypeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_type import AcquisitionTypeTerm as _AcquisitionTypeTerm
    from dicomodel.enums.constant_volume_flag import (
        ConstantVolumeFlagValue as _ConstantVolumeFlagValue,
    )
    from dicomodel.enums.fluoroscopy_flag import FluoroscopyFlagValue as _FluoroscopyFlagValue
else:
    from dicomodel.lazy import Lazy

    _AcquisitionTypeTerm = Lazy("dicomodel.enums.acquisition_type", "AcquisitionTypeTerm")
    _ConstantVolumeFlagValue = Lazy(
        "dicomodel.enums.constant_volume_flag", "ConstantVolumeFlagValue"
    )
    _FluoroscopyFlagValue = Lazy("dicomodel.enums.fluoroscopy_flag", "FluoroscopyFlagValue")

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_type import AcquisitionTypeTerm as AcquisitionTypeTerm
    from dicomodel.enums.constant_volume_flag import ConstantVolumeFlag as ConstantVolumeFlag
    from dicomodel.enums.fluoroscopy_flag import FluoroscopyFlag as FluoroscopyFlag

__all__ = [
    "AcquisitionTypeTerm",
    "CTAcquisitionTypeSequenceItem",
    "ConstantVolumeFlag",
    "FluoroscopyFlag",
]


class CTAcquisitionTypeSequenceItem(DicomModel):
    """An item of CT Acquisition Type Sequence (0018,9301), as first defined in CT Acquisition Type Macro Attributes (C.8-118)."""

    dicom_name: ClassVar[str] = "CT Acquisition Type Sequence"
    dicom_table: ClassVar[str] = "table_C.8-118"

    AcquisitionType: Annotated[
        _AcquisitionTypeTerm | vr.CS | None,
        Attribute(
            0x00189302,
            "CS",
            "1",
            "1C",
            name="Acquisition Type",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Acquisition Type (0018,9302): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Description of the method used during acquisition of this frame. See Section C.8.15.3.2.1 for Defined Terms. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    TubeAngle: Annotated[
        vr.FD | None,
        Attribute(
            0x00189303,
            "FD",
            "1",
            "1C",
            name="Tube Angle",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189302, 0, "in", ("CONSTANT_ANGLE",)),
            ),
        ),
    ] = None
    """Tube Angle (0018,9303): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Acquisition Type (0018,9302) is CONSTANT_ANGLE. May be present otherwise if Frame Type (0008,9007) Value 1 of this frame is DERIVED and Acquisition Type (0018,9302) is CONSTANT_ANGLE. The constant angle at which the X-Ray source is located during acquisition. 0 degrees means that the source is located at the highest point of the gantry orbit."""

    ConstantVolumeFlag: Annotated[
        _ConstantVolumeFlagValue | None,
        Attribute(
            0x00189333,
            "CS",
            "1",
            "1C",
            name="Constant Volume Flag",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Constant Volume Flag (0018,9333): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Identifies that the acquisition was performed by repetitively acquiring the same volume set over a period of time. Acquisition Type (0018,9302) may be SEQUENCED, SPIRAL or STATIONARY depending on whether table movement is necessary to cover..."""

    FluoroscopyFlag: Annotated[
        _FluoroscopyFlagValue | None,
        Attribute(
            0x00189334,
            "CS",
            "1",
            "1C",
            name="Fluoroscopy Flag",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Fluoroscopy Flag (0018,9334): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Identifies that near real-time display of a block of continuously acquired data was performed, which may result in a lower than usual image quality."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionTypeTerm": ("dicomodel.enums.acquisition_type", "AcquisitionTypeTerm"),
    "ConstantVolumeFlag": ("dicomodel.enums.constant_volume_flag", "ConstantVolumeFlag"),
    "FluoroscopyFlag": ("dicomodel.enums.fluoroscopy_flag", "FluoroscopyFlag"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
