"""NM Multi-frame Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "NMMultiFrameModule",
]


class NMMultiFrameModule(DicomModel):
    """NM Multi-frame Module Attributes (PS3.3 Table C.8-7)."""

    dicom_name: ClassVar[str] = "NM Multi-frame"
    dicom_table: ClassVar[str] = "table_C.8-7"

    FrameIncrementPointer: Annotated[
        list[vr.AT],
        Attribute(
            0x00280009,
            "AT",
            "1-n",
            "1",
            name="Frame Increment Pointer",
            enumerated=(
                (3, ("DYNAMIC", "GATED", "TOMO", "GATED TOMO", "RECON TOMO", "RECON GATED TOMO")),
            ),
        ),
    ]
    """Frame Increment Pointer (0028,0009): Type 1, VR AT, VM 1-n. Contains the Data Element Tags of one or more frame index vectors. See Section C.8.4.8.1.1 for further specialization."""

    EnergyWindowVector: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00540010,
            "US",
            "1-n",
            "1C",
            name="Energy Window Vector",
            when=("value", 0x00280009, 0, "in", (5505040,)),
        ),
    ] = None
    """Energy Window Vector (0054,0010): Type 1C, VR US, VM 1-n. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Energy Window Vector (0054,0010). An array that contains the energy window number for each frame. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Energy Window Vector (0054,0010). See Section C.8.4.8.1.2 for specialization."""

    NumberOfEnergyWindows: Annotated[
        vr.US, Attribute(0x00540011, "US", "1", "1", name="Number of Energy Windows")
    ]
    """Number of Energy Windows (0054,0011): Type 1, VR US, VM 1. Number of energy window groupings. See Section C.8.4.8.1.2 for specialization."""

    DetectorVector: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00540020,
            "US",
            "1-n",
            "1C",
            name="Detector Vector",
            when=("value", 0x00280009, 0, "in", (5505056,)),
        ),
    ] = None
    """Detector Vector (0054,0020): Type 1C, VR US, VM 1-n. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Detector Vector (0054,0020). An array that contains the detector number for each frame. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Detector Vector (0054,0020). See Section C.8.4.8.1.3 for specialization."""

    NumberOfDetectors: Annotated[
        vr.US, Attribute(0x00540021, "US", "1", "1", name="Number of Detectors")
    ]
    """Number of Detectors (0054,0021): Type 1, VR US, VM 1. Number of detectors. See Section C.8.4.8.1.3 for specialization."""

    PhaseVector: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00540030,
            "US",
            "1-n",
            "1C",
            name="Phase Vector",
            when=("value", 0x00280009, 0, "in", (5505072,)),
        ),
    ] = None
    """Phase Vector (0054,0030): Type 1C, VR US, VM 1-n. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Phase Vector (0054,0030). An array that contains the phase number for each frame. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Phase Vector (0054,0030). See Section C.8.4.8.1.4 for specialization."""

    NumberOfPhases: Annotated[
        vr.US | None,
        Attribute(
            0x00540031,
            "US",
            "1",
            "1C",
            name="Number of Phases",
            when=("value", 0x00280009, 0, "in", (5505072,)),
        ),
    ] = None
    """Number of Phases (0054,0031): Type 1C, VR US, VM 1. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Phase Vector (0054,0030). Number of phases. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Phase Vector (0054,0030). See Section C.8.4.8.1.4 for specialization."""

    RotationVector: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00540050,
            "US",
            "1-n",
            "1C",
            name="Rotation Vector",
            when=("value", 0x00280009, 0, "in", (5505104,)),
        ),
    ] = None
    """Rotation Vector (0054,0050): Type 1C, VR US, VM 1-n. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Rotation Vector (0054,0050). An array that contains the rotation number for each frame. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Rotation Vector (0054,0050). See Section C.8.4.8.1.5 for specialization."""

    NumberOfRotations: Annotated[
        vr.US | None,
        Attribute(
            0x00540051,
            "US",
            "1",
            "1C",
            name="Number of Rotations",
            when=(
                "value",
                0x00080008,
                3,
                "in",
                ("TOMO", "GATED TOMO", "RECON TOMO", "RECON GATED TOMO"),
            ),
        ),
    ] = None
    """Number of Rotations (0054,0051): Type 1C, VR US, VM 1. Required if Image Type (0008,0008), Value 3 is TOMO, GATED TOMO, RECON TOMO or RECON GATED TOMO. Number of rotations. Required if Image Type (0008,0008), Value 3 is TOMO, GATED TOMO, RECON TOMO or RECON GATED TOMO. See Section C.8.4.8.1.5 for specialization."""

    RRIntervalVector: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00540060,
            "US",
            "1-n",
            "1C",
            name="R-R Interval Vector",
            when=("value", 0x00280009, 0, "in", (5505120,)),
        ),
    ] = None
    """R-R Interval Vector (0054,0060): Type 1C, VR US, VM 1-n. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for R-R Interval Vector (0054,0060). An array that contains the R-R interval number for each frame. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for R-R Interval Vector (0054,0060). See Section C.8.4.8.1.6 for specialization."""

    NumberOfRRIntervals: Annotated[
        vr.US | None,
        Attribute(
            0x00540061,
            "US",
            "1",
            "1C",
            name="Number of R-R Intervals",
            when=("value", 0x00280009, 0, "in", (5505120,)),
        ),
    ] = None
    """Number of R-R Intervals (0054,0061): Type 1C, VR US, VM 1. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for R-R Interval Vector (0054,0060). Number of R-R intervals. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for R-R Interval Vector (0054,0060). See Section C.8.4.8.1.6 for specialization."""

    TimeSlotVector: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00540070,
            "US",
            "1-n",
            "1C",
            name="Time Slot Vector",
            when=("value", 0x00280009, 0, "in", (5505136,)),
        ),
    ] = None
    """Time Slot Vector (0054,0070): Type 1C, VR US, VM 1-n. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Time Slot Vector (0054,0070). An array that contains the time slot number for each frame. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Time Slot Vector (0054,0070). See Section C.8.4.8.1.7 for specialization."""

    NumberOfTimeSlots: Annotated[
        vr.US | None,
        Attribute(
            0x00540071,
            "US",
            "1",
            "1C",
            name="Number of Time Slots",
            when=("value", 0x00280009, 0, "in", (5505136,)),
        ),
    ] = None
    """Number of Time Slots (0054,0071): Type 1C, VR US, VM 1. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Time Slot Vector (0054,0070). Number of time slots. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Time Slot Vector (0054,0070). See Section C.8.4.8.1.7 for specialization."""

    SliceVector: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00540080,
            "US",
            "1-n",
            "1C",
            name="Slice Vector",
            when=("value", 0x00280009, 0, "in", (5505152,)),
        ),
    ] = None
    """Slice Vector (0054,0080): Type 1C, VR US, VM 1-n. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Slice Vector (0054,0080). An array that contains the spatial slice number for each frame. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Slice Vector (0054,0080). See Section C.8.4.8.1.8 for specialization."""

    NumberOfSlices: Annotated[
        vr.US | None,
        Attribute(
            0x00540081,
            "US",
            "1",
            "1C",
            name="Number of Slices",
            when=("value", 0x00280009, 0, "in", (5505152,)),
        ),
    ] = None
    """Number of Slices (0054,0081): Type 1C, VR US, VM 1. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Slice Vector (0054,0080). Number of slices. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Slice Vector (0054,0080). See Section C.8.4.8.1.8 for specialization."""

    AngularViewVector: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00540090,
            "US",
            "1-n",
            "1C",
            name="Angular View Vector",
            when=("value", 0x00280009, 0, "in", (5505168,)),
        ),
    ] = None
    """Angular View Vector (0054,0090): Type 1C, VR US, VM 1-n. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Angular View Vector (0054,0090). An array that contains the angular view number for each frame. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Angular View Vector (0054,0090). See Section C.8.4.8.1.9 for specialization."""

    TimeSliceVector: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00540100,
            "US",
            "1-n",
            "1C",
            name="Time Slice Vector",
            when=("value", 0x00280009, 0, "in", (5505280,)),
        ),
    ] = None
    """Time Slice Vector (0054,0100): Type 1C, VR US, VM 1-n. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Time Slice Vector (0054,0100). An array that contains the time slice number for each frame. Required if the value of Frame Increment Pointer (0028,0009) includes the Tag for Time Slice Vector (0054,0100). See Section C.8.4.8.1.10 for specialization."""
