"""Presence rules of NM Multi-frame Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
NMMultiFrameModule = (
    "table_C.8-7",
    (
        (
            "FrameIncrementPointer",
            Attribute(
                0x00280009,
                "AT",
                "1-n",
                "1",
                name="Frame Increment Pointer",
                enumerated=(
                    (
                        3,
                        (
                            "DYNAMIC",
                            "GATED",
                            "TOMO",
                            "GATED TOMO",
                            "RECON TOMO",
                            "RECON GATED TOMO",
                        ),
                    ),
                ),
            ),
            None,
        ),
        (
            "EnergyWindowVector",
            Attribute(
                0x00540010,
                "US",
                "1-n",
                "1C",
                name="Energy Window Vector",
                when=("value", 0x00280009, 0, "in", (5505040,)),
            ),
            None,
        ),
        (
            "NumberOfEnergyWindows",
            Attribute(0x00540011, "US", "1", "1", name="Number of Energy Windows"),
            None,
        ),
        (
            "DetectorVector",
            Attribute(
                0x00540020,
                "US",
                "1-n",
                "1C",
                name="Detector Vector",
                when=("value", 0x00280009, 0, "in", (5505056,)),
            ),
            None,
        ),
        (
            "NumberOfDetectors",
            Attribute(0x00540021, "US", "1", "1", name="Number of Detectors"),
            None,
        ),
        (
            "PhaseVector",
            Attribute(
                0x00540030,
                "US",
                "1-n",
                "1C",
                name="Phase Vector",
                when=("value", 0x00280009, 0, "in", (5505072,)),
            ),
            None,
        ),
        (
            "NumberOfPhases",
            Attribute(
                0x00540031,
                "US",
                "1",
                "1C",
                name="Number of Phases",
                when=("value", 0x00280009, 0, "in", (5505072,)),
            ),
            None,
        ),
        (
            "RotationVector",
            Attribute(
                0x00540050,
                "US",
                "1-n",
                "1C",
                name="Rotation Vector",
                when=("value", 0x00280009, 0, "in", (5505104,)),
            ),
            None,
        ),
        (
            "NumberOfRotations",
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
            None,
        ),
        (
            "RRIntervalVector",
            Attribute(
                0x00540060,
                "US",
                "1-n",
                "1C",
                name="R-R Interval Vector",
                when=("value", 0x00280009, 0, "in", (5505120,)),
            ),
            None,
        ),
        (
            "NumberOfRRIntervals",
            Attribute(
                0x00540061,
                "US",
                "1",
                "1C",
                name="Number of R-R Intervals",
                when=("value", 0x00280009, 0, "in", (5505120,)),
            ),
            None,
        ),
        (
            "TimeSlotVector",
            Attribute(
                0x00540070,
                "US",
                "1-n",
                "1C",
                name="Time Slot Vector",
                when=("value", 0x00280009, 0, "in", (5505136,)),
            ),
            None,
        ),
        (
            "NumberOfTimeSlots",
            Attribute(
                0x00540071,
                "US",
                "1",
                "1C",
                name="Number of Time Slots",
                when=("value", 0x00280009, 0, "in", (5505136,)),
            ),
            None,
        ),
        (
            "SliceVector",
            Attribute(
                0x00540080,
                "US",
                "1-n",
                "1C",
                name="Slice Vector",
                when=("value", 0x00280009, 0, "in", (5505152,)),
            ),
            None,
        ),
        (
            "NumberOfSlices",
            Attribute(
                0x00540081,
                "US",
                "1",
                "1C",
                name="Number of Slices",
                when=("value", 0x00280009, 0, "in", (5505152,)),
            ),
            None,
        ),
        (
            "AngularViewVector",
            Attribute(
                0x00540090,
                "US",
                "1-n",
                "1C",
                name="Angular View Vector",
                when=("value", 0x00280009, 0, "in", (5505168,)),
            ),
            None,
        ),
        (
            "TimeSliceVector",
            Attribute(
                0x00540100,
                "US",
                "1-n",
                "1C",
                name="Time Slice Vector",
                when=("value", 0x00280009, 0, "in", (5505280,)),
            ),
            None,
        ),
    ),
)
