"""Presence rules of Ophthalmic Axial Measurements Quality Image SOP Instance Reference Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceMacro = (
    "table_C.8.25.16-6",
    (
        (
            "ReferencedSOPClassUID",
            Attribute(
                0x00081150,
                "UI",
                "1",
                "1",
                name="Referenced SOP Class UID",
                enumerated=((0, ("1.2.840.10008.5.1.4.1.1.7.2", "1.2.840.10008.5.1.4.1.1.7.4")),),
            ),
            None,
        ),
        (
            "ReferencedSOPInstanceUID",
            Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID"),
            None,
        ),
        (
            "ReferencedFrameNumber",
            Attribute(0x00081160, "IS", "1-n", "1", name="Referenced Frame Number"),
            None,
        ),
    ),
)
