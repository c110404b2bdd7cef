"""Presence rules of Visual Acuity Measurements Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VisualAcuityMeasurementsSeriesModule = (
    "table_C.8.25.5-1",
    (
        (
            "Modality",
            Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("VA",)),)),
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
                    "names no attribute: a Performed Procedure Step SOP Class was involved in the creation of this Series",
                ),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
    ),
)
