"""Presence rules of MR Image Description Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRImageDescriptionMacro = (
    "table_C.8-84",
    (
        (
            "ComplexImageComponent",
            Attribute(
                0x00089208,
                "CS",
                "1",
                "1C",
                name="Complex Image Component",
                when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                otherwise="may",
            ),
            None,
        ),
        (
            "AcquisitionContrast",
            Attribute(
                0x00089209,
                "CS",
                "1",
                "1C",
                name="Acquisition Contrast",
                when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                otherwise="may",
            ),
            None,
        ),
        (
            "FunctionalSettlingPhaseFramesPresent",
            Attribute(
                0x00189622,
                "CS",
                "1",
                "3",
                name="Functional Settling Phase Frames Present",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
    ),
)
