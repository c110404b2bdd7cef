"""Presence rules of Printer Configuration Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PrinterConfigurationModule = (
    "table_C.13-13",
    (
        (
            "PrinterConfigurationSequence",
            Attribute(0x2000001E, "SQ", "1", None, name="Printer Configuration Sequence"),
            Lazy(
                "dicomodel.items.printer_configuration_sequence_item",
                "PrinterConfigurationSequenceItem",
            ),
        ),
    ),
)
