"""Presence rules of Intravascular Image Acquisition Parameters Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IntravascularImageAcquisitionParametersModule = (
    "table_C.8.27.5-1",
    (
        (
            "IVUSAcquisition",
            Attribute(
                0x00183100,
                "CS",
                "1",
                "1",
                name="IVUS Acquisition",
                enumerated=((0, ("MOTORIZED", "MANUAL", "SELECTIVE", "MEASURED")),),
            ),
            None,
        ),
        (
            "IVUSPullbackRate",
            Attribute(
                0x00183101,
                "DS",
                "1",
                "1C",
                name="IVUS Pullback Rate",
                when=("value", 0x00183100, 0, "in", ("MOTORIZED",)),
            ),
            None,
        ),
        (
            "IVUSPullbackStartFrameNumber",
            Attribute(
                0x00183103,
                "IS",
                "1",
                "1C",
                name="IVUS Pullback Start Frame Number",
                when=("value", 0x00183100, 0, "in", ("MOTORIZED",)),
            ),
            None,
        ),
        (
            "IVUSPullbackStopFrameNumber",
            Attribute(
                0x00183104,
                "IS",
                "1",
                "1C",
                name="IVUS Pullback Stop Frame Number",
                when=("value", 0x00183100, 0, "in", ("MOTORIZED",)),
            ),
            None,
        ),
        (
            "CatheterDirectionOfRotation",
            Attribute(
                0x00520031,
                "CS",
                "1",
                "1C",
                name="Catheter Direction of Rotation",
                enumerated=((0, ("CW", "CC")),),
                when=("unknown", "names no attribute: rotational catheter is used"),
            ),
            None,
        ),
        (
            "CatheterRotationalRate",
            Attribute(
                0x00520013,
                "FD",
                "1",
                "1C",
                name="Catheter Rotational Rate",
                when=("unknown", "names no attribute: rotational catheter is used"),
            ),
            None,
        ),
        (
            "ModeOfPercutaneousAccessSequence",
            Attribute(0x00520016, "SQ", "1", "2", name="Mode of Percutaneous Access Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
