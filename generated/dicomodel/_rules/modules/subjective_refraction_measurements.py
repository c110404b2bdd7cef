"""Presence rules of Subjective Refraction Measurements Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SubjectiveRefractionMeasurementsModule = (
    "table_C.8.25.11-1",
    (
        (
            "SubjectiveRefractionRightEyeSequence",
            Attribute(
                0x00460097,
                "SQ",
                "1",
                "1C",
                name="Subjective Refraction Right Eye Sequence",
                when=("unknown", "names no attribute: the right eye is measured"),
            ),
            Lazy(
                "dicomodel.items.subjective_refraction_measurements_item",
                "SubjectiveRefractionMeasurementsItem",
            ),
        ),
        (
            "SubjectiveRefractionLeftEyeSequence",
            Attribute(
                0x00460098,
                "SQ",
                "1",
                "1C",
                name="Subjective Refraction Left Eye Sequence",
                when=("unknown", "names no attribute: the left eye is measured"),
            ),
            Lazy(
                "dicomodel.items.subjective_refraction_measurements_item",
                "SubjectiveRefractionMeasurementsItem",
            ),
        ),
        (
            "DistancePupillaryDistance",
            Attribute(0x00460060, "FD", "1", "3", name="Distance Pupillary Distance"),
            None,
        ),
        (
            "NearPupillaryDistance",
            Attribute(0x00460062, "FD", "1", "3", name="Near Pupillary Distance"),
            None,
        ),
        (
            "IntermediatePupillaryDistance",
            Attribute(0x00460063, "FD", "1", "3", name="Intermediate Pupillary Distance"),
            None,
        ),
        (
            "OtherPupillaryDistance",
            Attribute(0x00460064, "FD", "1", "3", name="Other Pupillary Distance"),
            None,
        ),
    ),
)
