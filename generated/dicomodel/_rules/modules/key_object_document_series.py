"""Presence rules of Key Object Document Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
KeyObjectDocumentSeriesModule = (
    "table_C.17.6-1",
    (
        (
            "Modality",
            Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("KO",)),)),
            None,
        ),
        (
            "SeriesInstanceUID",
            Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID"),
            None,
        ),
        ("SeriesNumber", Attribute(0x00200011, "IS", "1", "1", name="Series Number"), None),
        ("SeriesDate", Attribute(0x00080021, "DA", "1", "3", name="Series Date"), None),
        ("SeriesTime", Attribute(0x00080031, "TM", "1", "3", name="Series Time"), None),
        ("ProtocolName", Attribute(0x00181030, "LO", "1", "3", name="Protocol Name"), None),
        (
            "SeriesDescription",
            Attribute(0x0008103E, "LO", "1", "3", name="Series Description"),
            None,
        ),
        (
            "SeriesDescriptionCodeSequence",
            Attribute(0x0008103F, "SQ", "1", "3", name="Series Description Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ReferencedPerformedProcedureStepSequence",
            Attribute(
                0x00081111, "SQ", "1", "2", name="Referenced Performed Procedure Step Sequence"
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "TreatmentSessionUID",
            Attribute(0x300A0700, "UI", "1", "3", name="Treatment Session UID"),
            None,
        ),
    ),
)
