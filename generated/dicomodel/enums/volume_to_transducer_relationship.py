"""Enumerated Values and Defined Terms of Volume to Transducer Relationship.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "VolumeToTransducerRelationship",
    "VolumeToTransducerRelationshipValue",
]


class VolumeToTransducerRelationship(StrEnum):
    """Enumerated Values of Volume to Transducer Relationship (0020,930B) in Ultrasound Frame of Reference Module Attributes (C.8.24.2-1)."""

    FIXED = "FIXED"
    """The transducer position and orientation relative to the volume is constant and specified by Volume to Transducer Mapping Matrix (0020,9309)."""
    POSITION_VAR = "POSITION_VAR"
    """The transducer position relative to the volume varies during acquisition and the position specified by Volume to Transducer Mapping Matrix (0020,9309) is a nominal value. The transducer orientation relative to the volume is constant and specified by Volume to Transducer Mapping Matrix (0020,9309)."""
    ORIENTATION_VAR = "ORIENTATION_VAR"
    """The transducer orientation relative to the volume varies during acquisition and the orientation specified by Volume to Transducer Mapping Matrix (0020,9309) is a nominal value. The transducer position relative to the volume is constant and specified by Volume to Transducer Mapping Matrix (0020,9309)."""
    VARIABLE = "VARIABLE"
    """The transducer position and orientation relative to the volume varies during acquisition and the position and orientation specified by Volume to Transducer Mapping Matrix (0020,9309) are nominal."""


if TYPE_CHECKING:
    VolumeToTransducerRelationshipValue: TypeAlias = (
        VolumeToTransducerRelationship
        | Literal["FIXED", "POSITION_VAR", "ORIENTATION_VAR", "VARIABLE"]
    )
else:
    VolumeToTransducerRelationshipValue = VolumeToTransducerRelationship
"""A value of VolumeToTransducerRelationship: the enum or the string of one of its members."""
