"""Presence rules of Corneal Topography Map Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CornealTopographyMapSeriesModule = (
    "table_C.8.30.1-1",
    (
        (
            "Modality",
            Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("OPM",)),)),
            None,
        ),
        (
            "ReferencedPerformedProcedureStepSequence",
            Attribute(
                0x00081111,
                "SQ",
                "1",
                "1C",
                name="Referenced Performed Procedure Step Sequence",
                when=(
                    "unknown",
                    "names no attribute: the Modality Performed Procedure Step SOP Class , or General Purpose Performed Procedure Step SOP Class is supported",
                ),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "BodyPartExamined",
            Attribute(
                0x00180015, "CS", "1", "1", name="Body Part Examined", enumerated=((0, ("EYE",)),)
            ),
            None,
        ),
    ),
)
