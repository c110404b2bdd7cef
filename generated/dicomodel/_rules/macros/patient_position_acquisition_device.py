"""Presence rules of Patient Position Acquisition Device Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientPositionAcquisitionDeviceMacro = (
    "table_C.36.2.2.22-1",
    (
        (
            "NumberOfAcquisitionDevices",
            Attribute(0x30020116, "US", "1", "1", name="Number of Acquisition Devices"),
            None,
        ),
        (
            "AcquisitionDeviceSequence",
            Attribute(
                0x30020117,
                "SQ",
                "1",
                "1C",
                name="Acquisition Device Sequence",
                when=("compare", 0x30020116, 1, "!=", 0),
            ),
            Lazy(
                "dicomodel.items.acquisition_device_sequence_item", "AcquisitionDeviceSequenceItem"
            ),
        ),
    ),
)
