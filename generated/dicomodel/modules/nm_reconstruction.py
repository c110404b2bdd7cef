"""NM Reconstruction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirectionNMReconstructionValue as _SliceProgressionDirectionNMReconstructionValue,
    )
else:
    from dicomodel.lazy import Lazy

    _SliceProgressionDirectionNMReconstructionValue = Lazy(
        "dicomodel.enums.slice_progression_direction",
        "SliceProgressionDirectionNMReconstructionValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirectionNMReconstruction as SliceProgressionDirection,
    )

__all__ = [
    "NMReconstructionModule",
    "SliceProgressionDirection",
]


class NMReconstructionModule(DicomModel):
    """NM Reconstruction Module Attributes (PS3.3 Table C.8-15)."""

    dicom_name: ClassVar[str] = "NM Reconstruction"
    dicom_table: ClassVar[str] = "table_C.8-15"

    SpacingBetweenSlices: Annotated[
        vr.DS | None, Attribute(0x00180088, "DS", "1", "2", name="Spacing Between Slices")
    ]
    """Spacing Between Slices (0018,0088): Type 2, VR DS, VM 1. Spacing between slices, in mm, measured from center-to-center of each slice along the normal to the first image. The sign of the Spacing Between Slices (0018,0088) determines the direction of stacking."""

    ReconstructionDiameter: Annotated[
        vr.DS | None, Attribute(0x00181100, "DS", "1", "3", name="Reconstruction Diameter")
    ] = None
    """Reconstruction Diameter (0018,1100): Type 3, VR DS, VM 1. Diameter, in mm, of the region from within which the data was used in creating the reconstruction of the image. Data may exist outside this region and portions of the patient may exist outside this region."""

    ConvolutionKernel: Annotated[
        list[vr.SH] | None, Attribute(0x00181210, "SH", "1-n", "3", name="Convolution Kernel")
    ] = None
    """Convolution Kernel (0018,1210): Type 3, VR SH, VM 1-n. A label describing the convolution kernel or algorithm used to reconstruct the data."""

    SliceThickness: Annotated[
        vr.DS | None, Attribute(0x00180050, "DS", "1", "2", name="Slice Thickness")
    ]
    """Slice Thickness (0018,0050): Type 2, VR DS, VM 1. Nominal slice thickness, in mm."""

    SliceLocation: Annotated[
        vr.DS | None, Attribute(0x00201041, "DS", "1", "3", name="Slice Location")
    ] = None
    """Slice Location (0020,1041): Type 3, VR DS, VM 1. Relative position of the image plane expressed in mm. See Section C.7.6.2.1.2 for further explanation."""

    SliceProgressionDirection: Annotated[
        _SliceProgressionDirectionNMReconstructionValue | None,
        Attribute(
            0x00540500,
            "CS",
            "1",
            "3",
            name="Slice Progression Direction",
            enumerated=((0, ("APEX_TO_BASE", "BASE_TO_APEX")),),
        ),
    ] = None
    """Slice Progression Direction (0054,0500): Type 3, VR CS, VM 1. Describes the anatomical direction that slices are progressing as the slices are considered in order (as defined by Slice Vector (0054,0080)). Meaningful only for cardiac images."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "SliceProgressionDirection": (
        "dicomodel.enums.slice_progression_direction",
        "SliceProgressionDirectionNMReconstruction",
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
