"""Presence rules of Print Job Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PrintJobModule = (
    "table_C.13-8",
    (
        (
            "ExecutionStatus",
            Attribute(
                0x21000020,
                "CS",
                "1",
                None,
                name="Execution Status",
                enumerated=((0, ("PENDING", "PRINTING", "DONE", "FAILURE")),),
            ),
            None,
        ),
        (
            "ExecutionStatusInfo",
            Attribute(0x21000030, "CS", "1", None, name="Execution Status Info"),
            None,
        ),
        ("CreationDate", Attribute(0x21000040, "DA", "1", None, name="Creation Date"), None),
        ("CreationTime", Attribute(0x21000050, "TM", "1", None, name="Creation Time"), None),
        ("PrintPriority", Attribute(0x20000020, "CS", "1", None, name="Print Priority"), None),
        ("PrinterName", Attribute(0x21100030, "LO", "1", None, name="Printer Name"), None),
        ("Originator", Attribute(0x21000070, "AE", "1", None, name="Originator"), None),
    ),
)
