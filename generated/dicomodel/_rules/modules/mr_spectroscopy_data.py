"""Presence rules of MR Spectroscopy Data Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRSpectroscopyDataModule = (
    "table_C.8-106",
    (
        ("Rows", Attribute(0x00280010, "US", "1", "1", name="Rows"), None),
        ("Columns", Attribute(0x00280011, "US", "1", "1", name="Columns"), None),
        ("DataPointRows", Attribute(0x00289001, "UL", "1", "1", name="Data Point Rows"), None),
        (
            "DataPointColumns",
            Attribute(0x00289002, "UL", "1", "1", name="Data Point Columns"),
            None,
        ),
        (
            "DataRepresentation",
            Attribute(
                0x00289108,
                "CS",
                "1",
                "1",
                name="Data Representation",
                enumerated=((0, ("COMPLEX", "REAL", "IMAGINARY", "MAGNITUDE")),),
            ),
            None,
        ),
        (
            "SignalDomainColumns",
            Attribute(
                0x00289003,
                "CS",
                "1",
                "1",
                name="Signal Domain Columns",
                enumerated=((0, ("FREQUENCY", "TIME")),),
            ),
            None,
        ),
        (
            "SignalDomainRows",
            Attribute(
                0x00289235,
                "CS",
                "1",
                "1C",
                name="Signal Domain Rows",
                enumerated=((0, ("FREQUENCY", "TIME")),),
                when=("compare", 0x00289001, 1, ">", 1),
            ),
            None,
        ),
        (
            "FirstOrderPhaseCorrectionAngle",
            Attribute(
                0x56000010,
                "OF",
                "1",
                "1C",
                name="First Order Phase Correction Angle",
                when=("value", 0x00189198, 0, "in", ("YES",)),
            ),
            None,
        ),
        ("SpectroscopyData", Attribute(0x56000020, "OF", "1", "1", name="Spectroscopy Data"), None),
    ),
)
