"""Presence rules of General Acquisition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GeneralAcquisitionModule = (
    "table_C.7.10.1-1",
    (
        ("AcquisitionUID", Attribute(0x00080017, "UI", "1", "3", name="Acquisition UID"), None),
        (
            "AcquisitionNumber",
            Attribute(0x00200012, "IS", "1", "3", name="Acquisition Number"),
            None,
        ),
        ("AcquisitionDate", Attribute(0x00080022, "DA", "1", "3", name="Acquisition Date"), None),
        ("AcquisitionTime", Attribute(0x00080032, "TM", "1", "3", name="Acquisition Time"), None),
        (
            "AcquisitionDateTime",
            Attribute(0x0008002A, "DT", "1", "3", name="Acquisition DateTime"),
            None,
        ),
        (
            "AcquisitionDuration",
            Attribute(0x00189073, "FD", "1", "3", name="Acquisition Duration"),
            None,
        ),
        (
            "ImagesInAcquisition",
            Attribute(0x00201002, "IS", "1", "3", name="Images in Acquisition"),
            None,
        ),
        (
            "IrradiationEventUID",
            Attribute(0x00083010, "UI", "1-n", "3", name="Irradiation Event UID"),
            None,
        ),
    ),
)
