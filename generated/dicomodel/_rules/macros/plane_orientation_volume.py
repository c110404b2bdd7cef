"""Presence rules of Plane Orientation (Volume) Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PlaneOrientationVolumeMacro = (
    "table_C.7.6.16.2.22-1",
    (
        (
            "PlaneOrientationVolumeSequence",
            Attribute(0x0020930F, "SQ", "1", "1", name="Plane Orientation (Volume) Sequence"),
            Lazy(
                "dicomodel.items.plane_orientation_volume_sequence_item",
                "PlaneOrientationVolumeSequenceItem",
            ),
        ),
    ),
)
