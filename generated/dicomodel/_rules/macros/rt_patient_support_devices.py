"""Presence rules of RT Patient Support Devices Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTPatientSupportDevicesMacro = (
    "table_C.36.2.2.2-1",
    (
        (
            "NumberOfPatientSupportDevices",
            Attribute(0x300A0687, "US", "1", "1", name="Number of Patient Support Devices"),
            None,
        ),
        (
            "PatientSupportDevicesSequence",
            Attribute(
                0x300A0686,
                "SQ",
                "1",
                "1C",
                name="Patient Support Devices Sequence",
                when=("compare", 0x300A0687, 1, "!=", 0),
            ),
            Lazy(
                "dicomodel.items.patient_support_devices_sequence_item",
                "PatientSupportDevicesSequenceItem",
            ),
        ),
    ),
)
