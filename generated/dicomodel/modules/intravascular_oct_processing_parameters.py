"""Intravascular OCT Processing Parameters Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.octz_offset_applied import (
        OCTZOffsetAppliedValue as _OCTZOffsetAppliedValue,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipTermIntravascularOCTProcessingParameters as _PixelIntensityRelationshipTermIntravascularOCTProcessingParameters,
    )
    from dicomodel.enums.refractive_index_applied import (
        RefractiveIndexAppliedValue as _RefractiveIndexAppliedValue,
    )
else:
    from dicomodel.lazy import Lazy

    _OCTZOffsetAppliedValue = Lazy("dicomodel.enums.octz_offset_applied", "OCTZOffsetAppliedValue")
    _PixelIntensityRelationshipTermIntravascularOCTProcessingParameters = Lazy(
        "dicomodel.enums.pixel_intensity_relationship",
        "PixelIntensityRelationshipTermIntravascularOCTProcessingParameters",
    )
    _RefractiveIndexAppliedValue = Lazy(
        "dicomodel.enums.refractive_index_applied", "RefractiveIndexAppliedValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.octz_offset_applied import OCTZOffsetApplied as OCTZOffsetApplied
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipTermIntravascularOCTProcessingParameters as PixelIntensityRelationshipTerm,
    )
    from dicomodel.enums.refractive_index_applied import (
        RefractiveIndexApplied as RefractiveIndexApplied,
    )

__all__ = [
    "IntravascularOCTProcessingParametersModule",
    "OCTZOffsetApplied",
    "PixelIntensityRelationshipTerm",
    "RefractiveIndexApplied",
]


class IntravascularOCTProcessingParametersModule(DicomModel):
    """Intravascular OCT Processing Parameters Module Attributes (PS3.3 Table C.8.27.4-1)."""

    dicom_name: ClassVar[str] = "Intravascular OCT Processing Parameters"
    dicom_table: ClassVar[str] = "table_C.8.27.4-1"

    OCTZOffsetApplied: Annotated[
        _OCTZOffsetAppliedValue,
        Attribute(
            0x00520026,
            "CS",
            "1",
            "1",
            name="OCT Z Offset Applied",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """OCT Z Offset Applied (0052,0026): Type 1, VR CS, VM 1. Indicates whether or not Z offset correction was applied to the OCT image frames. Enumerated Values: YES NO"""

    RefractiveIndexApplied: Annotated[
        _RefractiveIndexAppliedValue,
        Attribute(
            0x0052003A,
            "CS",
            "1",
            "1",
            name="Refractive Index Applied",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Refractive Index Applied (0052,003A): Type 1, VR CS, VM 1. Indicates whether or not Refractive Index correction was applied. Enumerated Values: YES NO See Section C.8.27.4.1 for further explanation."""

    ALinePixelSpacing: Annotated[
        vr.FD, Attribute(0x00520014, "FD", "1", "1", name="A-line Pixel Spacing")
    ]
    """A-line Pixel Spacing (0052,0014): Type 1, VR FD, VM 1. Spacing of pixels in the A-line (X-axis), in mm."""

    PixelIntensityRelationship: Annotated[
        _PixelIntensityRelationshipTermIntravascularOCTProcessingParameters | vr.CS,
        Attribute(0x00281040, "CS", "1", "1", name="Pixel Intensity Relationship"),
    ]
    """Pixel Intensity Relationship (0028,1040): Type 1, VR CS, VM 1. The relationship between the pixel sample values and the IVOCT A-line intensity. See Section C.8.27.4.2."""

    FirstALineLocation: Annotated[
        vr.FD, Attribute(0x00520034, "FD", "1", "1", name="First A-line Location")
    ]
    """First A-line Location (0052,0034): Type 1, VR FD, VM 1. Orientation in degrees at which the 1st A-line in the frame should be displayed. Value shall be between 0 and 360, with zero representing vertical."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "OCTZOffsetApplied": ("dicomodel.enums.octz_offset_applied", "OCTZOffsetApplied"),
    "PixelIntensityRelationshipTerm": (
        "dicomodel.enums.pixel_intensity_relationship",
        "PixelIntensityRelationshipTermIntravascularOCTProcessingParameters",
    ),
    "RefractiveIndexApplied": (
        "dicomodel.enums.refractive_index_applied",
        "RefractiveIndexApplied",
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
