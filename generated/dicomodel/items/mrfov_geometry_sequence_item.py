"""Item class MRFOVGeometrySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.in_plane_phase_encoding_direction import (
        InPlanePhaseEncodingDirectionValue as _InPlanePhaseEncodingDirectionValue,
    )
else:
    from dicomodel.lazy import Lazy

    _InPlanePhaseEncodingDirectionValue = Lazy(
        "dicomodel.enums.in_plane_phase_encoding_direction", "InPlanePhaseEncodingDirectionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.in_plane_phase_encoding_direction import (
        InPlanePhaseEncodingDirection as InPlanePhaseEncodingDirection,
    )

__all__ = [
    "InPlanePhaseEncodingDirection",
    "MRFOVGeometrySequenceItem",
]


class MRFOVGeometrySequenceItem(DicomModel):
    """An item of MR FOV/Geometry Sequence (0018,9125), as first defined in MR FOV/Geometry Macro Attributes (C.8-90)."""

    dicom_name: ClassVar[str] = "MR FOV/Geometry Sequence"
    dicom_table: ClassVar[str] = "table_C.8-90"

    InPlanePhaseEncodingDirection: Annotated[
        _InPlanePhaseEncodingDirectionValue | None,
        Attribute(
            0x00181312,
            "CS",
            "1",
            "1C",
            name="In-plane Phase Encoding Direction",
            enumerated=((0, ("COLUMN", "ROW", "OTHER")),),
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """In-plane Phase Encoding Direction (0018,1312): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. The axes of the in-plane phase encoding with respect to the frame. Enumerated Values: COLUMN ROW OTHER Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    MRAcquisitionFrequencyEncodingSteps: Annotated[
        vr.US | None,
        Attribute(
            0x00189058,
            "US",
            "1",
            "1C",
            name="MR Acquisition Frequency Encoding Steps",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """MR Acquisition Frequency Encoding Steps (0018,9058): Type 1C, VR US, VM 1. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. Number of Frequency Encoding steps (kx) acquired Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise."""

    MRAcquisitionPhaseEncodingStepsInPlane: Annotated[
        vr.US | None,
        Attribute(
            0x00189231,
            "US",
            "1",
            "1C",
            name="MR Acquisition Phase Encoding Steps in-plane",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """MR Acquisition Phase Encoding Steps in-plane (0018,9231): Type 1C, VR US, VM 1. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. Number of In-Plane Phase Encoding steps (ky) acquired Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise."""

    MRAcquisitionPhaseEncodingStepsOutOfPlane: Annotated[
        vr.US | None,
        Attribute(
            0x00189232,
            "US",
            "1",
            "1C",
            name="MR Acquisition Phase Encoding Steps out-of-plane",
            when=(
                "and",
                ("value", 0x00180023, 0, "in", ("3D",)),
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """MR Acquisition Phase Encoding Steps out-of-plane (0018,9232): Type 1C, VR US, VM 1. Required if MR Acquisition Type (0018,0023) equals 3D and Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. Number of Out-of-Plane Phase Encoding steps (kz) acquired Required if MR Acquisition Type (0018,0023) equals 3D and Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise."""

    PercentSampling: Annotated[
        vr.DS | None,
        Attribute(
            0x00180093,
            "DS",
            "1",
            "1C",
            name="Percent Sampling",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Percent Sampling (0018,0093): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Fraction of acquisition matrix lines acquired, expressed as a percent. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    PercentPhaseFieldOfView: Annotated[
        vr.DS | None,
        Attribute(
            0x00180094,
            "DS",
            "1",
            "1C",
            name="Percent Phase Field of View",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Percent Phase Field of View (0018,0094): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Ratio of field of view dimension in phase direction to field of view dimension in frequency direction, expressed as a percent. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "InPlanePhaseEncodingDirection": (
        "dicomodel.enums.in_plane_phase_encoding_direction",
        "InPlanePhaseEncodingDirection",
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
