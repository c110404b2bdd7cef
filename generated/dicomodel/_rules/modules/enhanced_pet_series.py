"""Presence rules of Enhanced PET Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedPETSeriesModule = (
    "table_C.8.22-1",
    (
        (
            "Modality",
            Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("PT",)),)),
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
        (
            "RelatedSeriesSequence",
            Attribute(
                0x00081250,
                "SQ",
                "1",
                "1C",
                name="Related Series Sequence",
                when=(
                    "and",
                    (
                        "unknown",
                        "names no attribute: another Series was used to perform attenuation correction",
                    ),
                    ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.128.1",))),
                ),
                otherwise="may",
            ),
            Lazy("dicomodel.items.related_series_sequence_item", "RelatedSeriesSequenceItem"),
        ),
    ),
)
