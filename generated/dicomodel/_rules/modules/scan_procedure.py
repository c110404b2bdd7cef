"""Presence rules of Scan Procedure Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ScanProcedureModule = (
    "table_C.8.29-2",
    (
        (
            "SurfaceScanAcquisitionTypeCodeSequence",
            Attribute(
                0x00800001, "SQ", "1", "1", name="Surface Scan Acquisition Type Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "SurfaceScanModeCodeSequence",
            Attribute(0x00800002, "SQ", "1", "2", name="Surface Scan Mode Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "RegistrationMethodCodeSequence",
            Attribute(
                0x00800003,
                "SQ",
                "1",
                "1C",
                name="Registration Method Code Sequence",
                when=("unknown", "depends on whether the image was derived"),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "1", name="Instance Number"), None),
        (
            "AcquisitionNumber",
            Attribute(0x00200012, "IS", "1", "1", name="Acquisition Number"),
            None,
        ),
        (
            "AcquisitionDateTime",
            Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime"),
            None,
        ),
        (
            "ShotDurationTime",
            Attribute(0x00800004, "FD", "1", "1", name="Shot Duration Time"),
            None,
        ),
        ("ShotOffsetTime", Attribute(0x00800005, "FD", "1", "3", name="Shot Offset Time"), None),
    ),
)
