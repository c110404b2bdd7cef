"""Presence rules of C-Arm Photon-Electron Beam Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CArmPhotonElectronBeamModule = (
    "table_C.36.15-1",
    (
        (
            "NumberOfRTControlPoints",
            Attribute(0x300A0604, "US", "1", "1", name="Number of RT Control Points"),
            None,
        ),
        (
            "CArmPhotonElectronControlPointSequence",
            Attribute(
                0x300A062F, "SQ", "1", "1", name="C-Arm Photon-Electron Control Point Sequence"
            ),
            Lazy(
                "dicomodel.items.c_arm_photon_electron_control_point_sequence_item",
                "CArmPhotonElectronControlPointSequenceItem",
            ),
        ),
    ),
)
