"""Presence rules of General Ophthalmic Refractive Measurements Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GeneralOphthalmicRefractiveMeasurementsModule = (
    "table_C.8.25.7-1",
    (
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "1", name="Instance Number"), None),
        ("ContentDate", Attribute(0x00080023, "DA", "1", "1", name="Content Date"), None),
        ("ContentTime", Attribute(0x00080033, "TM", "1", "1", name="Content Time"), None),
        (
            "MeasurementLaterality",
            Attribute(
                0x00240113,
                "CS",
                "1",
                "3",
                name="Measurement Laterality",
                enumerated=((0, ("R", "L", "B")),),
            ),
            None,
        ),
        ("ImageComments", Attribute(0x00204000, "LT", "1", "3", name="Image Comments"), None),
        (
            "ReferencedRefractiveMeasurementsSequence",
            Attribute(
                0x00460145,
                "SQ",
                "1",
                "2C",
                name="Referenced Refractive Measurements Sequence",
                when=("present", 0x00460121),
                otherwise="may",
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
    ),
)
