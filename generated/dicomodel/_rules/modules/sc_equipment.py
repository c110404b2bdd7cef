"""Presence rules of SC Equipment Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SCEquipmentModule = (
    "table_C.8-24",
    (
        ("ConversionType", Attribute(0x00080064, "CS", "1", "1", name="Conversion Type"), None),
        ("Modality", Attribute(0x00080060, "CS", "1", "3", name="Modality"), None),
        (
            "SecondaryCaptureDeviceID",
            Attribute(0x00181010, "LO", "1", "3", name="Secondary Capture Device ID"),
            None,
        ),
        (
            "SecondaryCaptureDeviceManufacturer",
            Attribute(0x00181016, "LO", "1", "3", name="Secondary Capture Device Manufacturer"),
            None,
        ),
        (
            "SecondaryCaptureDeviceManufacturerModelName",
            Attribute(
                0x00181018,
                "LO",
                "1",
                "3",
                name="Secondary Capture Device Manufacturer's Model Name",
            ),
            None,
        ),
        (
            "SecondaryCaptureDeviceSoftwareVersions",
            Attribute(
                0x00181019, "LO", "1-n", "3", name="Secondary Capture Device Software Versions"
            ),
            None,
        ),
        (
            "VideoImageFormatAcquired",
            Attribute(0x00181022, "SH", "1", "3", name="Video Image Format Acquired"),
            None,
        ),
        (
            "DigitalImageFormatAcquired",
            Attribute(0x00181023, "LO", "1", "3", name="Digital Image Format Acquired"),
            None,
        ),
    ),
)
