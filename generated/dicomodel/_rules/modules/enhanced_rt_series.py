"""Presence rules of Enhanced RT Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedRTSeriesModule = (
    "table_C.36.3-1",
    (
        (
            "Modality",
            Attribute(
                0x00080060,
                "CS",
                "1",
                "1",
                name="Modality",
                enumerated=((0, ("RTINTENT", "RTRAD", "RTSEGANN", "PLAN")),),
            ),
            None,
        ),
        ("SeriesNumber", Attribute(0x00200011, "IS", "1", "1", name="Series Number"), None),
        ("SeriesDate", Attribute(0x00080021, "DA", "1", "1", name="Series Date"), None),
        ("SeriesTime", Attribute(0x00080031, "TM", "1", "1", name="Series Time"), None),
        (
            "ReferencedPerformedProcedureStepSequence",
            Attribute(
                0x00081111,
                "SQ",
                "1",
                "1C",
                name="Referenced Performed Procedure Step Sequence",
                when=(
                    "and",
                    (
                        "unknown",
                        "names no attribute: the series has been created as a result of a single procedure step request",
                    ),
                    ("not", ("present", 0x30100044)),
                ),
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
